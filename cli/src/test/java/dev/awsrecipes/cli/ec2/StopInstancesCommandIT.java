package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code stop-instances}, {@code start-instances} and {@code terminate-instances}. */
@ExtendWith(LocalStackExtension.class)
class StopInstancesCommandIT {

    @Test
    void stopAndStartInstances_groupOfAYamlFile_changeOnlyThatGroup(LocalStack localStack, @TempDir Path dir)
            throws Exception {
        try (InstanceCli cli = new InstanceCli(localStack)) {
            String web = cli.launch(r -> {}).instanceId();
            String other = cli.launch(r -> {}).instanceId();
            Path groups = dir.resolve("groups.yml");
            Files.writeString(groups, "web:\n  - " + web + "\nother:\n  - " + other + "\n");

            CliResult stopped =
                    cli.run("stop-instances", "--groups-file", groups.toString(), "--group", "web", "--wait");
            assertThat(stopped.exitCode()).as(stopped.err()).isZero();
            assertThat(stopped.out()).contains(web + "  running -> stopped");
            assertThat(state(cli, web)).isEqualTo("stopped");
            assertThat(state(cli, other)).isEqualTo("running");

            CliResult started = cli.run("start-instances", "--instance-ids", web, "--wait", "--json");
            assertThat(started.exitCode()).as(started.err()).isZero();
            assertThat(started.json().get("changes").get(0).get("currentState").asText())
                    .isEqualTo("running");
            assertThat(state(cli, web)).isEqualTo("running");
        }
    }

    @Test
    void terminateInstances_dryRun_reportsWouldSucceedAndTerminatesNothing(LocalStack localStack) {
        try (InstanceCli cli = new InstanceCli(localStack)) {
            String id = cli.launch(r -> {}).instanceId();

            CliResult dry = cli.run("terminate-instances", "--instance-ids", id, "--dry-run");
            assertThat(dry.exitCode()).as(dry.err()).isZero();
            assertThat(dry.out()).contains("would succeed");
            assertThat(state(cli, id)).isEqualTo("running");

            CliResult real = cli.run("terminate-instances", "--instance-ids", id, "--wait");
            assertThat(real.exitCode()).as(real.err()).isZero();
            assertThat(state(cli, id)).isEqualTo("terminated");
        }
    }

    @Test
    void stopInstances_unknownGroupOrBadId_exits2BeforeAnyCall(LocalStack localStack, @TempDir Path dir)
            throws Exception {
        try (InstanceCli cli = new InstanceCli(localStack)) {
            Path groups = dir.resolve("groups.yml");
            Files.writeString(groups, "web: [i-0123456789abcdef0]\n");

            CliResult unknown = cli.run("stop-instances", "--groups-file", groups.toString(), "--group", "db");
            CliResult badId = cli.run("stop-instances", "--instance-ids", "web-1");

            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).contains("\"db\" is not defined");
            assertThat(badId.exitCode()).isEqualTo(2);
            assertThat(badId.err()).contains("\"web-1\"");
        }
    }

    private static String state(InstanceCli cli, String id) {
        return cli.describe(id).state().nameAsString();
    }
}
