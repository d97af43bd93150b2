package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/** How a session resolves credentials, region and endpoint from builder, environment and profile files. */
class AwsSettingsTest {
    @TempDir
    Path dir;

    private Path config;
    private Path credentials;

    private void writeProfiles() throws IOException {
        config = dir.resolve("config");
        credentials = dir.resolve("credentials");
        Files.writeString(
                config,
                """
                [default]
                region = eu-west-1

                [profile dev]
                region = ap-southeast-2
                endpoint_url = http://127.0.0.1:4566

                [profile bare]
                """);
        Files.writeString(
                credentials,
                """
                [default]
                aws_access_key_id = AKIADEFAULT
                aws_secret_access_key = default-secret

                [dev]
                aws_access_key_id = 111111111111
                aws_secret_access_key = dev-secret

                [bare]
                aws_access_key_id = 222222222222
                aws_secret_access_key = bare-secret
                """);
    }

    private Aws.Builder session(Map<String, String> env) throws IOException {
        writeProfiles();
        return Aws.builder().environment(Environment.of(env)).profileFiles(config, credentials);
    }

    @Nested
    class Credentials {
        @Test
        void explicitProfile_usesItsKeys() throws IOException {
            try (Aws aws = session(Map.of()).profile("dev").build()) {
                AwsCredentials c = aws.credentials().resolveCredentials();
                assertThat(c.accessKeyId()).isEqualTo("111111111111");
                assertThat(c.secretAccessKey()).isEqualTo("dev-secret");
            }
        }

        @Test
        void awsProfileVariable_choosesTheProfile() throws IOException {
            try (Aws aws = session(Map.of("AWS_PROFILE", "bare")).build()) {
                assertThat(aws.profileName()).contains("bare");
                assertThat(aws.credentials().resolveCredentials().accessKeyId()).isEqualTo("222222222222");
            }
        }

        @Test
        void environmentKeys_areUsedWhenNoProfileIsChosen() throws IOException {
            Map<String, String> env = Map.of(
                    "AWS_ACCESS_KEY_ID", "AKIAENV", "AWS_SECRET_ACCESS_KEY", "env-secret", "AWS_SESSION_TOKEN", "tok");
            try (Aws aws = session(env).build()) {
                AwsCredentials c = aws.credentials().resolveCredentials();
                assertThat(c.accessKeyId()).isEqualTo("AKIAENV");
                assertThat(c).isInstanceOf(AwsSessionCredentials.class);
                assertThat(((AwsSessionCredentials) c).sessionToken()).isEqualTo("tok");
            }
        }

        @Test
        void explicitKeys_winOverProfileAndEnvironment() throws IOException {
            try (Aws aws = session(Map.of("AWS_ACCESS_KEY_ID", "AKIAENV", "AWS_SECRET_ACCESS_KEY", "x"))
                    .profile("dev")
                    .credentials("AKIAEXPLICIT", "explicit-secret")
                    .build()) {
                assertThat(aws.credentials().resolveCredentials().accessKeyId()).isEqualTo("AKIAEXPLICIT");
            }
        }

        @Test
        void requireExplicitProfile_withoutOne_isRejectedBeforeAnyCall() throws IOException {
            Aws.Builder builder = session(Map.of()).requireExplicitProfile(true);
            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("profile is required");
        }

        @Test
        void requireExplicitProfile_isSatisfiedByAwsProfile() throws IOException {
            try (Aws aws = session(Map.of("AWS_PROFILE", "dev"))
                    .requireExplicitProfile(true)
                    .build()) {
                assertThat(aws.profileName()).contains("dev");
            }
        }

        @Test
        void unknownProfile_isRejectedWithItsName() throws IOException {
            Aws.Builder builder = session(Map.of()).profile("nope");
            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("\"nope\"");
        }

        @Test
        void staticKeyAccount_neverShowsItsSecret() {
            Account account = Account.keys("prod", "AKIAPROD", "very-secret-value");
            assertThat(account.toString()).contains("AKIAPROD").doesNotContain("very-secret-value");
        }

        @Test
        void sessionToString_showsNoSecret() throws IOException {
            try (Aws aws = session(Map.of())
                    .credentials("AKIAX", "hidden-secret")
                    .region("eu-west-1")
                    .build()) {
                assertThat(aws.toString()).doesNotContain("hidden-secret").doesNotContain("AKIAX");
            }
        }

        @Test
        void accountCredentials_comeFromTheirOwnProfiles() throws IOException {
            try (Aws aws = session(Map.of()).build()) {
                assertThat(aws.credentials(Account.profile("dev"))
                                .resolveCredentials()
                                .accessKeyId())
                        .isEqualTo("111111111111");
                assertThat(aws.credentials(Account.keys("k", "333333333333", "s"))
                                .resolveCredentials()
                                .accessKeyId())
                        .isEqualTo("333333333333");
            }
        }

        @Test
        void roleAccount_withoutARoleArn_isRejected() {
            assertThatThrownBy(() -> Account.role("prod", "arn:aws:iam::12:user/x"))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("roleArn");
        }
    }

    @Nested
    class Regions {
        @Test
        void explicitRegion_winsOverEverything() throws IOException {
            try (Aws aws = session(Map.of("AWS_REGION", "us-west-2"))
                    .profile("dev")
                    .region(Region.SA_EAST_1)
                    .build()) {
                assertThat(aws.region()).isEqualTo(Region.SA_EAST_1);
            }
        }

        @Test
        void environmentRegion_winsOverProfile() throws IOException {
            try (Aws aws =
                    session(Map.of("AWS_REGION", "us-west-2")).profile("dev").build()) {
                assertThat(aws.region()).isEqualTo(Region.US_WEST_2);
            }
            try (Aws aws = session(Map.of("AWS_DEFAULT_REGION", "ca-central-1")).build()) {
                assertThat(aws.region()).isEqualTo(Region.CA_CENTRAL_1);
            }
        }

        @Test
        void profileRegion_isUsedLast() throws IOException {
            try (Aws aws = session(Map.of()).profile("dev").build()) {
                assertThat(aws.region()).isEqualTo(Region.AP_SOUTHEAST_2);
            }
            try (Aws aws = session(Map.of()).build()) {
                assertThat(aws.region()).isEqualTo(Region.EU_WEST_1);
            }
        }

        @Test
        void noRegionAnywhere_failsWithHowToSetOne() throws IOException {
            try (Aws aws = session(Map.of()).profile("bare").build()) {
                assertThat(aws.defaultRegion()).isEmpty();
                assertThatThrownBy(aws::region)
                        .isInstanceOf(InvalidArgumentException.class)
                        .hasMessageContaining("AWS_REGION");
            }
        }

        @Test
        void malformedRegionName_isRejected() {
            assertThatThrownBy(() -> Aws.builder().region("eu west 1"))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("region");
        }

        @Test
        void anyRegionIdTheSdkTakes_isAccepted() throws IOException {
            try (Aws aws = session(Map.of()).region("auto").build()) {
                assertThat(aws.region().id()).isEqualTo("auto");
            }
        }
    }

    @Nested
    class Endpoints {
        /** Only the id matters to endpoint resolution; core has no EC2 client, so STS's stands in. */
        private final AwsService<StsClient> ec2 = AwsService.of("ec2", StsClient.class, StsClient::builder);

        @Test
        void noOverride_meansAwsItself() throws IOException {
            try (Aws aws = session(Map.of()).build()) {
                assertThat(aws.endpoint(ec2, Account.SESSION)).isEmpty();
            }
        }

        @Test
        void explicitEndpoint_winsOverEnvironmentAndProfile() throws IOException {
            try (Aws aws = session(Map.of("AWS_ENDPOINT_URL", "http://env:1"))
                    .profile("dev")
                    .endpoint("http://explicit:2")
                    .build()) {
                assertThat(aws.endpoint(ec2, Account.SESSION)).contains(URI.create("http://explicit:2"));
            }
        }

        @Test
        void serviceVariable_winsOverGlobalVariable() throws IOException {
            Map<String, String> env =
                    Map.of("AWS_ENDPOINT_URL", "http://global:1", "AWS_ENDPOINT_URL_EC2", "http://ec2:2");
            try (Aws aws = session(env).build()) {
                assertThat(aws.endpoint(ec2, Account.SESSION)).contains(URI.create("http://ec2:2"));
                assertThat(aws.endpoint(Aws.STS, Account.SESSION)).contains(URI.create("http://global:1"));
            }
        }

        @Test
        void profileEndpointUrl_isUsedWhenTheEnvironmentHasNone() throws IOException {
            try (Aws aws = session(Map.of()).profile("dev").build()) {
                assertThat(aws.endpoint(ec2, Account.SESSION)).contains(URI.create("http://127.0.0.1:4566"));
            }
        }

        @Test
        void accountProfile_bringsItsOwnEndpoint() throws IOException {
            try (Aws aws = session(Map.of()).build()) {
                assertThat(aws.endpoint(ec2, Account.profile("dev"))).contains(URI.create("http://127.0.0.1:4566"));
                assertThat(aws.endpoint(ec2, Account.profile("bare"))).isEmpty();
            }
        }

        @Test
        void endpointThatIsNotAnHttpUrl_isRejected() {
            assertThatThrownBy(() -> Aws.builder().endpoint("localhost:4566"))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("endpoint");
        }

        @Test
        void serviceEndpointVariable_isNamedAfterTheServiceId() {
            assertThat(AwsService.of("cloudwatch", StsClient.class, StsClient::builder)
                            .endpointVariable())
                    .isEqualTo("AWS_ENDPOINT_URL_CLOUDWATCH");
            assertThat(ec2.endpointVariable()).isEqualTo("AWS_ENDPOINT_URL_EC2");
        }
    }
}
