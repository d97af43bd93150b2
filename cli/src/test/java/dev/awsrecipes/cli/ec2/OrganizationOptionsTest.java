package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.core.Environment;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The organization options are checked before any session is built: nothing here reaches a server. */
class OrganizationOptionsTest {
    private static CliResult run(String... args) {
        // An endpoint nothing listens on: a call would fail with exit 1, not 2.
        return InstanceCli.runWith(
                Environment.of(Map.of(
                        "AWS_ACCESS_KEY_ID", "testing",
                        "AWS_SECRET_ACCESS_KEY", "testing",
                        "AWS_REGION", "us-east-1",
                        "AWS_ENDPOINT_URL", "http://127.0.0.1:9",
                        "AWS_CONFIG_FILE", "/nonexistent/aws-recipes-test/config",
                        "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-recipes-test/credentials")),
                args);
    }

    @Test
    void findRunning_ouWithoutOrganization_exits2() {
        CliResult result = run("find-running", "--ou", "ou-ab12-cdef3456");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualToIgnoringNewLines("find-running: --ou needs --organization");
    }

    @Test
    void findRunning_profilesWithOrganization_exits2() {
        CliResult result = run("find-running", "--organization", "--profiles", "a,b");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--profiles and --organization cannot be combined");
    }

    @Test
    void findRunning_badAccountId_exits2NamingTheOption() {
        CliResult result = run("find-running", "--organization", "--accounts", "123456789012,12345");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .isEqualToIgnoringNewLines(
                        "find-running: --accounts: accountIds \"12345\" is not a 12-digit account id");
    }

    @Test
    void syncKeypairs_badOu_exits2NamingTheOption() {
        CliResult result = run(
                "sync-keypairs",
                "--organization",
                "--ou",
                "ou-bad",
                "--key-name",
                "k",
                "--public-key",
                SyncKeypairsCommandIT.key("ed25519.pub").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("sync-keypairs: --ou: ou \"ou-bad\" is not an organizational unit id");
    }

    @Test
    void syncKeypairs_badRoleName_exits2NamingTheOption() {
        CliResult result = run(
                "sync-keypairs",
                "--organization",
                "--role-name",
                "no spaces",
                "--key-name",
                "k",
                "--public-key",
                SyncKeypairsCommandIT.key("ed25519.pub").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("sync-keypairs: --role-name: roleName \"no spaces\" is not a role name");
    }
}
