package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sts.StsClient;

/** The session against a real LocalStack: client cache, accounts, assumed roles, wire log. */
@ExtendWith(LocalStackExtension.class)
class AwsSessionIT {
    /** Any service will do; EC2's query protocol is what the wire-log assertions expect. */
    private static final AwsService<Ec2Client> EC2 = AwsService.of("ec2", Ec2Client.class, Ec2Client::builder);

    @Test
    void clients_areCachedPerServiceRegionAndAccount(LocalStack localStack) {
        Account other = Account.keys("other", LocalStack.newAccountId(), LocalStack.SECRET_KEY);
        try (Aws aws = localStack.session()) {
            Ec2Client first = aws.client(EC2, Region.US_EAST_1);

            assertThat(aws.client(EC2, Region.US_EAST_1)).isSameAs(first);
            assertThat(aws.client(EC2, Region.EU_WEST_1)).isNotSameAs(first);
            assertThat(aws.client(EC2, Region.US_EAST_1, other)).isNotSameAs(first);
        }
    }

    @Test
    void closedSession_refusesToHandOutClients(LocalStack localStack) {
        Aws aws = localStack.session();
        aws.client(EC2);
        aws.close();

        assertThatThrownBy(() -> aws.client(EC2))
                .isInstanceOf(AwsRecipesException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void staticKeyAccounts_reachTheirOwnAccounts(LocalStack localStack) {
        String accountId = LocalStack.newAccountId();
        try (Aws aws = localStack.session()) {
            StsClient sts = aws.client(Aws.STS, aws.region(), Account.keys("x", accountId, LocalStack.SECRET_KEY));

            assertThat(sts.getCallerIdentity().account()).isEqualTo(accountId);
            assertThat(aws.client(Aws.STS).getCallerIdentity().account()).isEqualTo("000000000000");
        }
    }

    @Test
    void roleAccount_assumesTheRoleInTheOtherAccount(LocalStack localStack) {
        String target = LocalStack.newAccountId();
        Account role = Account.role("prod", "arn:aws:iam::" + target + ":role/ops");
        try (Aws aws = localStack.session()) {
            StsClient sts = aws.client(Aws.STS, aws.region(), role);

            assertThat(aws.credentials(role).resolveCredentials()).isInstanceOf(AwsSessionCredentials.class);
            assertThat(sts.getCallerIdentity().account()).isEqualTo(target);
        }
    }

    @Test
    void fanOut_overRealRegions_returnsEveryPair(LocalStack localStack) {
        Account a = Account.keys("a", LocalStack.newAccountId(), LocalStack.SECRET_KEY);
        Account b = Account.keys("b", LocalStack.newAccountId(), LocalStack.SECRET_KEY);
        List<Region> regions = List.of(Region.US_EAST_1, Region.EU_WEST_1, Region.AP_NORTHEAST_1);
        try (Aws aws = localStack.session()) {
            FanOutResult<String> result =
                    aws.fanOut(List.of(a, b), regions, (account, region) -> aws.client(Aws.STS, region, account)
                            .getCallerIdentity()
                            .account());

            assertThat(result.failures()).isEmpty();
            assertThat(result.valuesByAccount().get("a"))
                    .containsOnlyKeys(regions)
                    .containsValue(a.accessKeyId().orElseThrow());
            assertThat(result.valuesByAccount().get("b").values())
                    .containsOnly(b.accessKeyId().orElseThrow());
        }
    }

    @Test
    void wireLog_showsRequestsAndResponses_butNoSecrets(LocalStack localStack) {
        String token = "SessionTokenThatMustNeverBeLogged";
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (Aws aws = localStack
                .sessionBuilder()
                .credentials(StaticCredentialsProvider.create(
                        AwsSessionCredentials.create("000000000000", LocalStack.SECRET_KEY, token)))
                .wireLogging(true)
                .build()) {
            aws.client(EC2).describeRegions();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        assertThat(log).contains("--> Ec2.DescribeRegions POST").contains("<-- Ec2.DescribeRegions 200");
        assertThat(log).contains("Authorization: " + Redaction.MASK);
        assertThat(log).doesNotContain(token).doesNotContain("Signature=").doesNotContain("Credential=");
    }
}
