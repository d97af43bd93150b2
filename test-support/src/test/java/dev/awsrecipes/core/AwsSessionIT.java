package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.testing.AccountKeys;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.LocalStack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sts.StsClient;

/** The session against real servers (LocalStack and moto): client cache, accounts, assumed roles, wire log. */
class AwsSessionIT {
    /** Any service will do; EC2's query protocol is what the wire-log assertions expect. */
    private static final AwsService<Ec2Client> EC2 = AwsService.of("ec2", Ec2Client.class, Ec2Client::builder);

    @Ec2ServerTest
    void clients_areCachedPerServiceRegionAndAccount(Ec2Server server) {
        Account other = keysOf("other", server.newAccount());
        try (Aws aws = server.session()) {
            Ec2Client first = aws.client(EC2, Region.US_EAST_1);

            assertThat(aws.client(EC2, Region.US_EAST_1)).isSameAs(first);
            assertThat(aws.client(EC2, Region.EU_WEST_1)).isNotSameAs(first);
            assertThat(aws.client(EC2, Region.US_EAST_1, other)).isNotSameAs(first);
        }
    }

    @Ec2ServerTest
    void closedSession_refusesToHandOutClients(Ec2Server server) {
        Aws aws = server.session();
        aws.client(EC2);
        aws.close();

        assertThatThrownBy(() -> aws.client(EC2))
                .isInstanceOf(AwsRecipesException.class)
                .hasMessageContaining("closed");
    }

    @Ec2ServerTest
    void staticKeyAccounts_reachTheirOwnAccounts(Ec2Server server) {
        AccountKeys keys = server.newAccount();
        try (Aws aws = server.session()) {
            StsClient sts = aws.client(Aws.STS, aws.region(), keysOf("x", keys));

            assertThat(sts.getCallerIdentity().account()).isEqualTo(keys.accountId());
            assertThat(aws.client(Aws.STS).getCallerIdentity().account()).isEqualTo(server.defaultAccountId());
        }
    }

    @Ec2ServerTest
    void roleAccount_assumesTheRoleInTheOtherAccount(Ec2Server server) {
        String target = LocalStack.newAccountId();
        Account role = Account.role("prod", "arn:aws:iam::" + target + ":role/ops");
        try (Aws aws = server.session()) {
            StsClient sts = aws.client(Aws.STS, aws.region(), role);

            assertThat(aws.credentials(role).resolveCredentials()).isInstanceOf(AwsSessionCredentials.class);
            assertThat(sts.getCallerIdentity().account()).isEqualTo(target);
        }
    }

    @Ec2ServerTest
    void fanOut_overRealRegions_returnsEveryPair(Ec2Server server) {
        AccountKeys aKeys = server.newAccount();
        AccountKeys bKeys = server.newAccount();
        Account a = keysOf("a", aKeys);
        Account b = keysOf("b", bKeys);
        List<Region> regions = List.of(Region.US_EAST_1, Region.EU_WEST_1, Region.AP_NORTHEAST_1);
        try (Aws aws = server.session()) {
            FanOutResult<String> result =
                    aws.fanOut(List.of(a, b), regions, (account, region) -> aws.client(Aws.STS, region, account)
                            .getCallerIdentity()
                            .account());

            assertThat(result.failures()).isEmpty();
            assertThat(result.valuesByAccount().get("a"))
                    .containsOnlyKeys(regions)
                    .containsValue(aKeys.accountId());
            assertThat(result.valuesByAccount().get("b").values()).containsOnly(bKeys.accountId());
        }
    }

    @Ec2ServerTest
    void wireLog_showsRequestsAndResponses_butNoSecrets(Ec2Server server) {
        String token = "SessionTokenThatMustNeverBeLogged";
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (Aws aws = server.sessionBuilder()
                .credentials(StaticCredentialsProvider.create(
                        AwsSessionCredentials.create(server.accessKeyId(), server.secretKey(), token)))
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

    private static Account keysOf(String name, AccountKeys keys) {
        return Account.keys(name, keys.accessKeyId(), keys.secretKey());
    }
}
