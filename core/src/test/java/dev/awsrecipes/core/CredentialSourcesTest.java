package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;

/**
 * The order of credential and region sources is the AWS SDK's and CLI's: builder credentials, an
 * explicitly chosen profile, environment keys, {@code AWS_PROFILE}, then the rest of the default chain;
 * every profile kind the SDK reads works, SSO included. Profiles come from temporary config files.
 */
class CredentialSourcesTest {
    private static final Map<String, String> ENV_KEYS_B =
            Map.of("AWS_ACCESS_KEY_ID", "222222222222", "AWS_SECRET_ACCESS_KEY", "b-secret");

    @TempDir
    Path dir;

    private Path config;
    private Path credentials;

    @BeforeEach
    void writeProfiles() throws IOException {
        config = dir.resolve("config");
        credentials = dir.resolve("credentials");
        Path process = dir.resolve("credential-process.sh");
        Files.writeString(
                process,
                """
                #!/bin/sh
                echo '{"Version": 1, "AccessKeyId": "333333333333", "SecretAccessKey": "p-secret"}'
                """);
        process.toFile().setExecutable(true);
        Files.writeString(
                config,
                """
                [default]
                region = eu-west-1

                [profile a]
                region = ap-southeast-2

                [profile corp]
                sso_session = corp
                sso_account_id = 123456789012
                sso_role_name = Admin
                region = eu-central-1

                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-central-1

                [profile legacy]
                sso_start_url = https://legacy.awsapps.com/start
                sso_region = us-east-1
                sso_account_id = 123456789012
                sso_role_name = ReadOnly

                [profile tool]
                credential_process = %s
                """
                        .formatted(process));
        Files.writeString(
                credentials,
                """
                [default]
                aws_access_key_id = 444444444444
                aws_secret_access_key = default-secret

                [a]
                aws_access_key_id = 111111111111
                aws_secret_access_key = a-secret
                """);
    }

    @AfterEach
    void clearSystemProperty() {
        System.clearProperty("aws.region");
    }

    private Aws.Builder session(Map<String, String> env) {
        return Aws.builder().environment(Environment.of(env)).profileFiles(config, credentials);
    }

    private static String keyId(Aws aws) {
        return aws.credentials().resolveCredentials().accessKeyId();
    }

    @Test
    void environmentKeys_winOverAwsProfile_asInTheSdkAndCli() {
        Map<String, String> env = new java.util.HashMap<>(ENV_KEYS_B);
        env.put("AWS_PROFILE", "a");
        try (Aws aws = session(env).build()) {
            assertThat(keyId(aws)).isEqualTo("222222222222");
            assertThat(aws.credentialsSource())
                    .isEqualTo("environment variables AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY");
            // AWS_PROFILE still picks the profile's settings, as the CLI does.
            assertThat(aws.region()).isEqualTo(Region.AP_SOUTHEAST_2);
        }
    }

    @Test
    void explicitProfile_winsOverEnvironmentKeys() {
        try (Aws aws = session(ENV_KEYS_B).profile("a").build()) {
            assertThat(keyId(aws)).isEqualTo("111111111111");
            assertThat(aws.credentialsSource()).isEqualTo("profile a (static keys)");
        }
    }

    @Test
    void awsProfile_isUsedWhenTheEnvironmentHasNoKeys() {
        try (Aws aws = session(Map.of("AWS_PROFILE", "a")).build()) {
            assertThat(keyId(aws)).isEqualTo("111111111111");
            assertThat(aws.credentialsSource()).isEqualTo("profile a (static keys) (AWS_PROFILE)");
        }
    }

    @Test
    void withNothingChosen_theDefaultProfileIsUsed() {
        try (Aws aws = session(Map.of()).build()) {
            assertThat(keyId(aws)).isEqualTo("444444444444");
            assertThat(aws.credentialsSource()).isEqualTo("profile default (static keys)");
        }
    }

    @Test
    void credentialProcessProfile_runsTheProcess() {
        try (Aws aws = session(Map.of()).profile("tool").build()) {
            assertThat(keyId(aws)).isEqualTo("333333333333");
            assertThat(aws.credentialsSource()).isEqualTo("profile tool (credential_process)");
        }
    }

    @Test
    void ssoSessionProfile_withoutAToken_saysToLogIn() {
        try (Aws aws = session(ENV_KEYS_B).profile("corp").build()) {
            assertThatThrownBy(() -> keyId(aws))
                    .isInstanceOf(SsoLoginRequiredException.class)
                    .hasMessage("profile corp has no valid IAM Identity Center (SSO) token (none cached, or expired):"
                            + " run aws sso login --profile corp")
                    .hasMessageNotContaining("class path");
        }
    }

    @Test
    void legacySsoProfile_withoutAToken_saysToLogIn_evenThroughAnSdkCall() {
        try (Aws aws = session(Map.of("AWS_PROFILE", "legacy"))
                .endpoint("http://127.0.0.1:9")
                .region("us-east-1")
                .build()) {
            assertThatThrownBy(() -> aws.client(Aws.STS).getCallerIdentity())
                    .isInstanceOf(SsoLoginRequiredException.class)
                    .hasMessageEndingWith("run aws sso login --profile legacy")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void region_systemPropertyThenEnvironmentThenProfile_asTheSdksChain() {
        System.setProperty("aws.region", "sa-east-1");
        try (Aws aws = session(Map.of("AWS_REGION", "us-west-2", "AWS_DEFAULT_REGION", "ca-central-1"))
                .profile("a")
                .build()) {
            assertThat(aws.region()).isEqualTo(Region.SA_EAST_1);
        }
        System.clearProperty("aws.region");
        try (Aws aws = session(Map.of("AWS_REGION", "us-west-2", "AWS_DEFAULT_REGION", "ca-central-1"))
                .profile("a")
                .build()) {
            assertThat(aws.region()).isEqualTo(Region.US_WEST_2);
        }
        try (Aws aws = session(Map.of("AWS_DEFAULT_REGION", "ca-central-1"))
                .profile("a")
                .build()) {
            assertThat(aws.region()).isEqualTo(Region.CA_CENTRAL_1);
        }
        try (Aws aws = session(Map.of()).profile("a").build()) {
            assertThat(aws.region()).isEqualTo(Region.AP_SOUTHEAST_2);
        }
    }

    @Test
    void region_anyIdTheSdkTakes_fromEverySource_andMalformedTextNamesItsSource() throws IOException {
        try (Aws aws = session(Map.of("AWS_REGION", "auto")).build()) {
            assertThat(aws.region().id()).isEqualTo("auto");
        }
        Files.writeString(config, "\n[profile r2]\nregion = auto\n", java.nio.file.StandardOpenOption.APPEND);
        try (Aws aws = session(Map.of()).profile("r2").build()) {
            assertThat(aws.region().id()).isEqualTo("auto");
        }
        assertThatThrownBy(() -> session(Map.of("AWS_REGION", "eu west 1")).build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("AWS_REGION \"eu west 1\" is not a region id");
    }

    @Test
    void region_lastComesFromInstanceMetadata_withAToken() throws IOException {
        HttpServer imds = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        imds.createContext("/latest/api/token", exchange -> {
            boolean put = exchange.getRequestMethod().equals("PUT");
            respond(exchange, put ? 200 : 405, put ? "token-1" : "");
        });
        imds.createContext("/latest/dynamic/instance-identity/document", exchange -> {
            boolean tokened = "token-1".equals(exchange.getRequestHeaders().getFirst("X-aws-ec2-metadata-token"));
            respond(exchange, tokened ? 200 : 401, tokened ? "{\"region\": \"ap-northeast-3\"}" : "");
        });
        imds.start();
        System.setProperty("aws.disableEc2Metadata", "false");
        System.setProperty(
                "aws.ec2MetadataServiceEndpoint",
                "http://127.0.0.1:" + imds.getAddress().getPort());
        try (Aws withProfileRegion = session(Map.of()).profile("a").build();
                Aws withNone = session(Map.of()).profile("tool").build()) {
            assertThat(withProfileRegion.region()).isEqualTo(Region.AP_SOUTHEAST_2);
            assertThat(withNone.region()).isEqualTo(Region.AP_NORTHEAST_3);
        } finally {
            System.clearProperty("aws.disableEc2Metadata");
            System.clearProperty("aws.ec2MetadataServiceEndpoint");
            imds.stop(0);
        }
    }

    @Test
    void region_notFromInstanceMetadata_whenItIsDisabled() {
        try (Aws aws = session(Map.of("AWS_EC2_METADATA_DISABLED", "true"))
                .profile("tool")
                .build()) {
            assertThat(aws.defaultRegion()).isEmpty();
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Test
    void noSourceAtAll_failsWithOneLineSayingWhatWasTried() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty-config"), "");
        try (Aws aws = Aws.builder()
                .environment(Environment.of(Map.of("AWS_EC2_METADATA_DISABLED", "true")))
                .profileFiles(empty, null)
                .build()) {
            assertThatThrownBy(() -> keyId(aws))
                    .isInstanceOf(SdkClientException.class)
                    .hasMessageStartingWith("no credentials found")
                    .hasMessageContaining("AWS_PROFILE")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void explicitProfileThatFails_saysWhichProfileAndWhy() throws IOException {
        Files.writeString(
                config,
                "\n[profile broken]\ncredential_process = " + dir.resolve("no-such-program") + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        try (Aws aws = session(Map.of()).profile("broken").build()) {
            assertThatThrownBy(() -> keyId(aws))
                    .isInstanceOf(SdkClientException.class)
                    .hasMessageStartingWith("cannot load credentials from profile broken (credential_process): ");
        }
    }
}
