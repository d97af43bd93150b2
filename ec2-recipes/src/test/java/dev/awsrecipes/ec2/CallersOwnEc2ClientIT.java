package dev.awsrecipes.ec2;

import static dev.awsrecipes.ec2.SshPublicKeyTest.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.Ec2TestAccount;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/**
 * What a JVM service does with its own configured client: an {@link Ec2Client} on the URL-connection
 * HTTP client (not the Apache one the session builds) with its own interceptor, handed to {@code
 * Ec2Recipes.builder()}. The recipes' effects are checked through a second, independent client, and every
 * call the recipes made went through the service's client: its interceptor saw each one go out.
 */
class CallersOwnEc2ClientIT {

    /** The service's tracing interceptor: records each operation, before and once sent over HTTP. */
    static final class CountingInterceptor implements ExecutionInterceptor {
        final List<String> started = new CopyOnWriteArrayList<>();
        final List<String> transmitted = new CopyOnWriteArrayList<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            started.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            transmitted.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    }

    @Ec2ServerTest
    void recipesBuiltFromTheCallersClient_importAKeyAndOpenAPort_everyCallThroughThatClient(Ec2Server server) {
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            account.ec2().createSecurityGroup(r -> r.groupName("svc").description("test"));
            CountingInterceptor counting = new CountingInterceptor();
            try (Ec2Client own = Ec2Client.builder()
                    .httpClient(UrlConnectionHttpClient.create())
                    .endpointOverride(server.endpoint())
                    .region(server.region())
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(account.keys.accessKeyId(), account.keys.secretKey())))
                    .overrideConfiguration(o -> o.addExecutionInterceptor(counting))
                    .build()) {
                Ec2Recipes ec2 = Ec2Recipes.builder().ec2Client(own).build();

                ImportedKeyPair imported = ec2.importKeyPair("svc-key", key("rsa.pub"));
                PortOpening opened =
                        ec2.openPort(p -> p.groups("svc").ports(443).cidr("198.51.100.0/24"));

                KeyPairInfo listed = account.ec2()
                        .describeKeyPairs(r -> r.keyNames("svc-key"))
                        .keyPairs()
                        .get(0);
                assertThat(listed.keyFingerprint()).isEqualTo(imported.fingerprint());
                assertThat(opened.rules()).singleElement().satisfies(r -> assertThat(r.outcome())
                        .isEqualTo(PortRule.Outcome.AUTHORIZED));
                List<IpPermission> rules = account.ec2()
                        .describeSecurityGroups(r -> r.groupNames("svc"))
                        .securityGroups()
                        .get(0)
                        .ipPermissions();
                assertThat(rules)
                        .singleElement()
                        .satisfies(p -> assertThat(p.ipRanges().get(0).cidrIp()).isEqualTo("198.51.100.0/24"));

                assertThat(counting.started)
                        .as("the operations the recipes ran through the caller's client")
                        .contains("ImportKeyPair", "AuthorizeSecurityGroupIngress");
                assertThat(counting.transmitted)
                        .as("each went out over the caller's HTTP client")
                        .containsExactlyElementsOf(counting.started);
                // The caller owns the client: the recipes never closed it, so it still works.
                assertThat(own.describeKeyPairs(r -> r.keyNames("svc-key")).keyPairs())
                        .hasSize(1);
            }
        }
    }
}
