package dev.awsrecipes.cli.ec2;

import static dev.awsrecipes.cli.ec2.SyncKeypairsCommandIT.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.TagDescription;

/** The CLI of E2 (add-tags, find-by-tag), E3 (console-output) and E4 (import-keypair). */
@ExtendWith(LocalStackExtension.class)
class LaunchSmallCommandsIT {

    @Test
    void addTagsThenFindByTag_tagsTheInstancesAndFindsThemByKeyAndValue(LocalStack localStack) {
        try (LaunchCli cli = new LaunchCli(localStack)) {
            List<String> ids = cli
                    .ec2()
                    .runInstances(r -> r.imageId("ami-1e749f67")
                            .instanceType("t3.micro")
                            .minCount(2)
                            .maxCount(2))
                    .instances()
                    .stream()
                    .map(Instance::instanceId)
                    .toList();

            CliResult tagged =
                    cli.run("add-tags", "--resource-id", ids.get(0), "--tag", "env=prod", "--tag", "team=web");
            cli.run("add-tags", "--resource-id", ids.get(1), "--tag", "env=dev");
            CliResult byValue = cli.run("find-by-tag", "--tag", "env=prod", "--json");
            CliResult byKey = cli.run("find-by-tag", "--tag", "env");

            assertThat(tagged.exitCode()).as(tagged.err()).isZero();
            assertThat(cli.ec2()
                            .describeTags(
                                    r -> r.filters(f -> f.name("resource-id").values(ids.get(0))))
                            .tags())
                    .extracting(TagDescription::key, TagDescription::value)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("env", "prod"),
                            org.assertj.core.groups.Tuple.tuple("team", "web"));
            JsonNode instances = byValue.json().get("instances");
            assertThat(instances).hasSize(1);
            assertThat(instances.get(0).get("instanceId").asText()).isEqualTo(ids.get(0));
            assertThat(instances.get(0).at("/tags/team").asText()).isEqualTo("web");
            assertThat(byKey.out()).contains(ids.get(0), ids.get(1));
        }
    }

    @Test
    void consoleOutput_printsTheDecodedLog(LocalStack localStack) {
        try (LaunchCli cli = new LaunchCli(localStack)) {
            String id = cli.ec2()
                    .runInstances(r -> r.imageId("ami-1e749f67")
                            .instanceType("t3.micro")
                            .minCount(1)
                            .maxCount(1))
                    .instances()
                    .get(0)
                    .instanceId();

            CliResult result = cli.run("console-output", "--instance-id", id, "--json");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.json().get("instanceId").asText()).isEqualTo(id);
            assertThat(result.json().get("output").asText()).contains("Linux version");
        }
    }

    @Test
    void importKeypair_publicKeyFile_isListedWithTheFingerprintPrinted(LocalStack localStack) {
        try (LaunchCli cli = new LaunchCli(localStack)) {
            CliResult result = cli.run(
                    "import-keypair",
                    "--key-name",
                    "laptop",
                    "--public-key",
                    key("ed25519.pub").toString(),
                    "--json");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(cli.ec2().describeKeyPairs(r -> r.keyNames("laptop")).keyPairs())
                    .singleElement()
                    .satisfies(k -> assertThat(k.keyFingerprint())
                            .isEqualTo(result.json().get("fingerprint").asText()));
        }
    }
}
