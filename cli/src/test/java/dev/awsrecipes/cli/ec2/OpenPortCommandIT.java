package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.model.IpPermission;

@ExtendWith(LocalStackExtension.class)
class OpenPortCommandIT {

    @Test
    void openPort_json_authorizesThePortsAndReportsEachRule(LocalStack localStack) {
        try (LaunchCli cli = new LaunchCli(localStack)) {
            cli.ec2().createSecurityGroup(r -> r.groupName("web").description("test"));

            CliResult result = cli.run(
                    "open-port", "--group", "web", "--port", "80,8000-8080", "--cidr", "192.0.2.0/24", "--json");

            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode json = result.json();
            assertThat(json.get("dryRun").asBoolean()).isFalse();
            assertThat(json.get("rules")).hasSize(2);
            assertThat(json.at("/rules/1/ports").asText()).isEqualTo("8000-8080");
            assertThat(json.at("/rules/0/outcome").asText()).isEqualTo("authorized");
            assertThat(cli.ec2()
                            .describeSecurityGroups(r -> r.groupNames("web"))
                            .securityGroups()
                            .get(0)
                            .ipPermissions())
                    .extracting(IpPermission::fromPort, IpPermission::toPort)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(80, 80),
                            org.assertj.core.groups.Tuple.tuple(8000, 8080));
        }
    }

    @Test
    void openPort_dryRun_printsWouldSucceedAndAddsNoRule(LocalStack localStack) {
        try (LaunchCli cli = new LaunchCli(localStack)) {
            cli.ec2().createSecurityGroup(r -> r.groupName("web").description("test"));

            CliResult result =
                    cli.run("open-port", "--group", "web", "--port", "22", "--cidr", "192.0.2.7/32", "--dry-run");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out().strip()).isEqualTo("web tcp/22 from 192.0.2.7/32: would-succeed");
            assertThat(cli.ec2()
                            .describeSecurityGroups(r -> r.groupNames("web"))
                            .securityGroups()
                            .get(0)
                            .ipPermissions())
                    .isEmpty();
        }
    }

    @Test
    void openPort_cidrWithoutPrefixLength_exitsWithStatus2(LocalStack localStack) {
        try (LaunchCli cli = new LaunchCli(localStack)) {
            CliResult result = cli.run("open-port", "--group", "web", "--port", "22", "--cidr", "10.0.0.1");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err().strip())
                    .isEqualTo("open-port: cidr \"10.0.0.1\" has no prefix length; write 10.0.0.1/32");
        }
    }
}
