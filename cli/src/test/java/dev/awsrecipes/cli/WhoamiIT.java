package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Environment;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws-recipes whoami} against LocalStack, which takes a 12-digit access key id as the account id:
 * profile {@code a} holds keys of account A, the environment keys of account B, so the account STS
 * reports shows which source won.
 */
@ExtendWith(LocalStackExtension.class)
class WhoamiIT {
    @TempDir
    Path dir;

    private final String accountA = LocalStack.newAccountId();
    private final String accountB = LocalStack.newAccountId();
    private Map<String, String> env;

    @BeforeEach
    void profilesAndEnvironment(LocalStack localStack) throws IOException {
        Path config = dir.resolve("config");
        Path credentials = dir.resolve("credentials");
        Files.writeString(
                config,
                """
                [profile a]
                region = eu-west-1
                endpoint_url = %s

                [profile corp]
                sso_session = corp
                sso_account_id = 123456789012
                sso_role_name = Admin
                region = eu-west-1

                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-west-1
                """
                        .formatted(localStack.endpoint()));
        Files.writeString(
                credentials,
                """
                [a]
                aws_access_key_id = %s
                aws_secret_access_key = test
                """
                        .formatted(accountA));
        env = new HashMap<>();
        env.put("AWS_CONFIG_FILE", config.toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
        env.put("AWS_ENDPOINT_URL", localStack.endpoint().toString());
    }

    private CliResult whoami(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "whoami";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--json";
        return CliRun.withEnvironment(Environment.of(env), all);
    }

    @Test
    void environmentKeys_winOverAwsProfile_butNotOverTheProfileOption() {
        env.put("AWS_PROFILE", "a");
        env.put("AWS_ACCESS_KEY_ID", accountB);
        env.put("AWS_SECRET_ACCESS_KEY", "test");

        CliResult fromEnvironment = whoami();
        CliResult fromOption = whoami("--profile", "a");

        assertThat(fromEnvironment.exitCode()).as(fromEnvironment.err()).isZero();
        assertThat(fromEnvironment.fieldNames())
                .containsExactly("account", "arn", "userId", "credentialsSource", "region");
        assertThat(fromEnvironment.json().get("account").asText()).isEqualTo(accountB);
        assertThat(fromEnvironment.json().get("arn").asText()).contains(accountB);
        assertThat(fromEnvironment.json().get("credentialsSource").asText()).contains("AWS_ACCESS_KEY_ID");
        assertThat(fromEnvironment.json().get("region").asText()).isEqualTo("eu-west-1");

        assertThat(fromOption.exitCode()).as(fromOption.err()).isZero();
        assertThat(fromOption.json().get("account").asText()).isEqualTo(accountA);
        assertThat(fromOption.json().get("credentialsSource").asText()).isEqualTo("profile a (static keys)");
    }

    @Test
    void awsProfile_aloneIsUsed() {
        env.put("AWS_PROFILE", "a");

        CliResult result = whoami();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.json().get("account").asText()).isEqualTo(accountA);
    }

    @Test
    void ssoProfileWithoutAToken_failsWithOneLineNamingTheLogin() {
        CliResult result = whoami("--profile", "corp");

        assertThat(result.exitCode()).isEqualTo(AwsRecipesCli.FAILED);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines())
                .singleElement()
                .asString()
                .startsWith("whoami: ")
                .contains("aws sso login --profile corp")
                .doesNotContain("class path");
    }

    @Test
    void badInput_isOneLineWithExitTwo_beforeAnyCall() {
        CliResult badRegion = whoami("--region", "Europe 1");
        CliResult unknownProfile = whoami("--profile", "nope");

        assertThat(badRegion.exitCode()).isEqualTo(AwsRecipesCli.BAD_INPUT);
        assertThat(badRegion.errLines())
                .singleElement()
                .asString()
                .startsWith("whoami: ")
                .contains("Europe 1");
        assertThat(unknownProfile.exitCode()).isEqualTo(AwsRecipesCli.BAD_INPUT);
        assertThat(unknownProfile.errLines())
                .singleElement()
                .asString()
                .startsWith("whoami: ")
                .contains("\"nope\"");
    }
}
