package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Tag;

@ExtendWith(LocalStackExtension.class)
class LaunchInstanceCommandIT {

    @Test
    void launchInstance_json_printsTheCliShapeAndLaunchesTheTaggedInstance(LocalStack localStack, @TempDir Path dir)
            throws Exception {
        Path userData = dir.resolve("init.sh");
        Files.writeString(userData, "#!/bin/sh\necho hi\n");
        Path keyDir = dir.resolve("keys");
        try (LaunchCli cli = new LaunchCli(localStack)) {
            CliResult result = cli.run(
                    "launch-instance",
                    "--ami",
                    "ami-1e749f67",
                    "--instance-type",
                    "t3.small",
                    "--key-name",
                    "cli-key",
                    "--key-dir",
                    keyDir.toString(),
                    "--group",
                    "cli-ssh",
                    "--ssh-port",
                    "2022",
                    "--cidr",
                    "198.51.100.0/24",
                    "--tag",
                    "Name=cli",
                    "--tag",
                    "env=test",
                    "--tag",
                    "paws",
                    "--user-data",
                    userData.toString(),
                    "--json");

            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode json = result.json();
            assertThat(json.properties())
                    .extracting(java.util.Map.Entry::getKey)
                    .containsExactly("instanceId", "state", "keyFile", "createdKey", "createdGroup");
            assertThat(json.get("state").asText()).isEqualTo("running");
            assertThat(json.get("keyFile").asText())
                    .isEqualTo(keyDir.resolve("cli-key.pem").toString());
            assertThat(json.get("createdKey").asBoolean()).isTrue();
            assertThat(json.get("createdGroup").asBoolean()).isTrue();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyDir.resolve("cli-key.pem"))))
                    .isEqualTo("rw-------");

            Instance instance = cli.instances().stream()
                    .filter(i -> i.instanceId().equals(json.get("instanceId").asText()))
                    .findFirst()
                    .orElseThrow();
            assertThat(instance.instanceTypeAsString()).isEqualTo("t3.small");
            assertThat(instance.keyName()).isEqualTo("cli-key");
            assertThat(instance.tags().stream().collect(Collectors.toMap(Tag::key, Tag::value)))
                    .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("Name", "cli", "env", "test", "paws", ""));
            assertThat(cli.ec2()
                            .describeSecurityGroups(r -> r.groupNames("cli-ssh"))
                            .securityGroups()
                            .get(0)
                            .ipPermissions())
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.fromPort()).isEqualTo(2022);
                        assertThat(p.ipRanges().get(0).cidrIp()).isEqualTo("198.51.100.0/24");
                    });
        }
    }

    @Test
    void launchInstance_cidrWithoutPrefix_exitsWithStatus2AndOneLineBeforeAnyCall(LocalStack localStack) {
        try (LaunchCli cli = new LaunchCli(localStack)) {
            CliResult result = cli.run("launch-instance", "--ami", "ami-1e749f67", "--cidr", "10.0.0.1");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err().strip())
                    .isEqualTo("launch-instance: cidr \"10.0.0.1\" has no prefix length; write 10.0.0.1/32");
            assertThat(cli.ec2().describeKeyPairs().keyPairs()).isEmpty();
            assertThat(cli.instances()).isEmpty();
        }
    }

    @Test
    void launchInstance_text_namesTheInstanceAndTheKeyFile(LocalStack localStack, @TempDir Path keyDir) {
        try (LaunchCli cli = new LaunchCli(localStack)) {
            CliResult result = cli.run("launch-instance", "--ami", "ami-1e749f67", "--key-dir", keyDir.toString());

            assertThat(result.exitCode()).as(result.err()).isZero();
            List<String> ids =
                    cli.instances().stream().map(Instance::instanceId).toList();
            assertThat(ids).hasSize(1);
            assertThat(result.out()).contains("instance " + ids.get(0) + " is running", "aws-recipes.pem");
        }
    }
}
