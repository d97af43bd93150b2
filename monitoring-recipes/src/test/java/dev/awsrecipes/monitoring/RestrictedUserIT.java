package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamStatement;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

class RestrictedUserIT {

    @Ec2ServerTest
    void restrictedUser_writesOwnerOnlyCredentialsAndAllowsOnlyPutMetricData(Ec2Server server, @TempDir Path dir)
            throws Exception {
        try (Aws aws = server.newAccountSession()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            Path file = dir.resolve("metrics-credentials");

            RestrictedUser user = monitoring.createRestrictedUser(
                    u -> u.userName("metrics-writer").credentialsFile(file).profileName("metrics"));
            try {
                assertThat(user.userCreated()).isTrue();
                assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
                assertThat(Files.readString(file))
                        .isEqualTo("[metrics]\naws_access_key_id = " + user.accessKeyId() + "\naws_secret_access_key = "
                                + user.secretAccessKey() + "\n");
                assertThat(user.toString())
                        .doesNotContain(user.secretAccessKey())
                        .contains(user.accessKeyId());

                IamClient iam = aws.client(MonitoringServices.IAM);
                assertThat(iam.listAccessKeys(r -> r.userName("metrics-writer")).accessKeyMetadata())
                        .extracting(k -> k.accessKeyId())
                        .containsExactly(user.accessKeyId());
                String document = iam.getUserPolicy(
                                r -> r.userName("metrics-writer").policyName("CloudWatchPutMetricData"))
                        .policyDocument();
                // IAM returns policy documents URL-encoded.
                IamPolicy policy = IamPolicy.fromJson(
                        document.startsWith("{") ? document : URLDecoder.decode(document, StandardCharsets.UTF_8));
                assertThat(policy.statements()).singleElement().satisfies(s -> {
                    assertThat(s.effect()).isEqualTo(IamEffect.ALLOW);
                    assertThat(s.actions()).extracting(a -> a.value()).containsExactly("cloudwatch:PutMetricData");
                    assertThat(s.resources()).extracting(r -> r.value()).containsExactly("*");
                });
                assertThat(iam.listUserPolicies(r -> r.userName("metrics-writer"))
                                .policyNames())
                        .containsExactly("CloudWatchPutMetricData");
            } finally {
                monitoring.deleteUser("metrics-writer");
            }
            assertThatThrownBy(() -> aws.client(MonitoringServices.IAM).getUser(r -> r.userName("metrics-writer")))
                    .isInstanceOf(NoSuchEntityException.class);
        }
    }

    @Ec2ServerTest
    void restrictedUser_withNamespace_addsTheNamespaceCondition(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);

            RestrictedUser user =
                    monitoring.createRestrictedUser(u -> u.userName("ns-writer").namespace("Paws/Disk"));
            try {
                assertThat(user.credentialsFile()).isEmpty();
                String document = aws.client(MonitoringServices.IAM)
                        .getUserPolicy(r -> r.userName("ns-writer").policyName("CloudWatchPutMetricData"))
                        .policyDocument();
                IamStatement statement = IamPolicy.fromJson(
                                document.startsWith("{")
                                        ? document
                                        : URLDecoder.decode(document, StandardCharsets.UTF_8))
                        .statements()
                        .get(0);
                assertThat(statement.conditions()).singleElement().satisfies(c -> {
                    assertThat(c.key().value()).isEqualTo("cloudwatch:namespace");
                    assertThat(c.value()).isEqualTo("Paws/Disk");
                });
            } finally {
                monitoring.deleteUser("ns-writer");
            }
        }
    }

    @Ec2ServerTest
    void restrictedUser_existingCredentialsFile_isRefusedBeforeAnythingIsCreated(Ec2Server server, @TempDir Path dir)
            throws Exception {
        try (Aws aws = server.newAccountSession()) {
            Path file = Files.writeString(dir.resolve("credentials"), "[keep]\nthis = file\n");

            assertThatThrownBy(() -> MonitoringRecipes.using(aws).createRestrictedUser(u -> u.userName("metrics-writer")
                            .credentialsFile(file)))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("exists already");

            assertThat(Files.readString(file)).isEqualTo("[keep]\nthis = file\n");
            assertThat(aws.client(MonitoringServices.IAM).listUsers().users()).isEmpty();
        }
    }
}
