package dev.awsrecipes.ec2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.AccountSet;
import dev.awsrecipes.ec2.AccountKeySyncs;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.KeySync;
import dev.awsrecipes.ec2.KeySyncStatus;
import dev.awsrecipes.ec2.RegionFailure;
import dev.awsrecipes.ec2.RunningInstance;
import dev.awsrecipes.ec2.RunningInstances;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * The fan-out over an organization's accounts, on canned EC2 clients per (account, region): an account
 * whose role cannot be assumed is one failure beside the others' results, a failing region stays a
 * region's failure, and no more calls run at once than the context allows.
 */
class OrganizationFanOutTest {
    private static final Account OWN = Account.own("111111111111", "management");
    private static final Account DEV =
            Account.member("222222222222", "dev", "arn:aws:iam::222222222222:role/OrganizationAccountAccessRole", null);
    private static final Account PROD = Account.member(
            "333333333333", "prod", "arn:aws:iam::333333333333:role/OrganizationAccountAccessRole", null);
    private static final Account LOCKED = Account.member(
            "444444444444", "locked", "arn:aws:iam::444444444444:role/OrganizationAccountAccessRole", null);
    private static final List<Region> REGIONS = List.of(Region.EU_WEST_1, Region.US_EAST_1, Region.AP_SOUTHEAST_2);

    private final Map<String, CannedEc2> clients = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private CannedEc2 client(Region region, Account account) {
        return clients.computeIfAbsent(account.name() + "/" + region.id(), k -> new CannedEc2());
    }

    /** What the SDK raises when the credentials of an assumed role cannot be had: STS's refusal inside. */
    private static RuntimeException roleRefused(Account account) {
        StsException refusal = (StsException) StsException.builder()
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("AccessDenied")
                        .errorMessage("not authorized to perform: sts:AssumeRole on resource: "
                                + account.roleArn().orElseThrow())
                        .serviceName("Sts")
                        .build())
                .statusCode(403)
                .build();
        return SdkClientException.create("Unable to load credentials", refusal);
    }

    private static DescribeInstancesResponse running(String id) {
        return DescribeInstancesResponse.builder()
                .reservations(r -> r.instances(Instance.builder()
                        .instanceId(id)
                        .instanceType("t3.micro")
                        .launchTime(Instant.parse("2024-05-01T10:00:00Z"))
                        .build()))
                .build();
    }

    private Ec2Recipes recipes(int maxInFlight, Account... accounts) {
        return Ec2Recipes.builder()
                .ec2ClientsPerRegion(this::client)
                .accounts(AccountSet.of(accounts))
                .region(Region.EU_WEST_1)
                .executor(executor)
                .maxInFlight(maxInFlight)
                .build();
    }

    private void everyRegionEnabled(Account... accounts) {
        for (Account account : accounts) {
            client(Region.EU_WEST_1, account).regions = DescribeRegionsResponse.builder()
                    .regions(REGIONS.stream()
                            .map(r -> software.amazon.awssdk.services.ec2.model.Region.builder()
                                    .regionName(r.id())
                                    .optInStatus("opt-in-not-required")
                                    .build())
                            .toList())
                    .build();
        }
    }

    @Test
    void findAllRunning_roleRefusedInOneMember_isOneAccountFailureBesideTheOthersResults() {
        everyRegionEnabled(OWN, DEV, PROD);
        client(Region.US_EAST_1, OWN).instances = running("i-0000000001");
        client(Region.AP_SOUTHEAST_2, DEV).instances = running("i-0000000002");
        client(Region.EU_WEST_1, PROD).instances = running("i-0000000003");
        client(Region.EU_WEST_1, LOCKED).failure = roleRefused(LOCKED);

        RunningInstances found = recipes(4, OWN, DEV, PROD, LOCKED).findAllRunning();

        assertThat(found.accounts().get("111111111111").get("us-east-1"))
                .extracting(RunningInstance::instanceId)
                .containsExactly("i-0000000001");
        assertThat(found.accounts().get("222222222222").get("ap-southeast-2"))
                .extracting(RunningInstance::instanceId)
                .containsExactly("i-0000000002");
        assertThat(found.accounts().get("333333333333").get("eu-west-1"))
                .extracting(RunningInstance::instanceId)
                .containsExactly("i-0000000003");
        assertThat(found.accounts()).doesNotContainKey("444444444444");
        assertThat(found.errors()).singleElement().satisfies(f -> {
            assertThat(f.account()).isEqualTo("444444444444");
            assertThat(f.isAccountFailure()).isTrue();
            assertThat(f.region()).isNull();
            assertThat(f.message()).contains("AccessDenied");
        });
        String report = found.report(id -> id + "!");
        assertThat(report).contains("error in account 444444444444!: ").doesNotContain("region null");
    }

    @Test
    void findAllRunning_givenRegions_roleRefusedIsReportedOnceAndARegionFailureStaysTheRegions() {
        for (Region region : REGIONS) {
            client(region, LOCKED).failure = roleRefused(LOCKED);
        }
        client(Region.US_EAST_1, DEV).failure = CannedErrors.ec2Error("UnauthorizedOperation", 403);
        client(Region.EU_WEST_1, DEV).instances = running("i-0000000004");

        RunningInstances found = recipes(3, DEV, LOCKED).findAllRunning(REGIONS);

        assertThat(found.all()).extracting(RunningInstance::instanceId).containsExactly("i-0000000004");
        assertThat(found.errors())
                .extracting(RegionFailure::account, RegionFailure::region)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("444444444444", null),
                        org.assertj.core.groups.Tuple.tuple("222222222222", "us-east-1"));
    }

    /** EC2 that takes a while to answer and counts how many calls it is answering at once, across clients. */
    private static final class SlowEc2 extends CannedEc2 {
        private final AtomicInteger now;
        private final AtomicInteger peak;

        SlowEc2(AtomicInteger now, AtomicInteger peak) {
            this.now = now;
            this.peak = peak;
        }

        @Override
        public DescribeInstancesResponse describeInstances(DescribeInstancesRequest request) {
            peak.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                now.decrementAndGet();
            }
            return super.describeInstances(request);
        }
    }

    @Test
    void findAllRunning_manyAccounts_neverRunsMoreCallsAtOnceThanTheBound() {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Account member = Account.member(
                    "55555555555" + i,
                    "m" + i,
                    "arn:aws:iam::55555555555" + i + ":role/OrganizationAccountAccessRole",
                    null);
            accounts.add(member);
            for (Region region : REGIONS) {
                clients.put(member.name() + "/" + region.id(), new SlowEc2(now, peak));
            }
        }

        RunningInstances found = recipes(3, accounts.toArray(Account[]::new)).findAllRunning(REGIONS);

        assertThat(found.errors()).isEmpty();
        assertThat(found.accounts()).hasSize(6);
        // 18 calls on 8 threads: the bound, not the pool, keeps it to 3; and it does run them in parallel.
        assertThat(peak.get()).isLessThanOrEqualTo(3).isGreaterThan(1);
    }

    private static Path rsaPub() {
        try {
            return Path.of(
                    OrganizationFanOutTest.class.getResource("/keys/rsa.pub").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void syncKeypairsInAccounts_reportsEachReachedAccountAndTheOneWhoseRoleIsRefused() {
        everyRegionEnabled(OWN, DEV);
        client(Region.EU_WEST_1, LOCKED).failure = roleRefused(LOCKED);
        client(Region.AP_SOUTHEAST_2, DEV).failure = CannedErrors.ec2Error("UnauthorizedOperation", 403);

        AccountKeySyncs synced = recipes(4, OWN, DEV, LOCKED).syncKeypairsInAccounts("ops", rsaPub());

        assertThat(synced.accounts()).containsOnlyKeys("111111111111", "222222222222");
        assertThat(synced.accounts().get("111111111111").regions())
                .extracting(KeySync::status)
                .containsOnly(KeySyncStatus.IMPORTED)
                .hasSize(3);
        assertThat(synced.accounts().get("222222222222").region(Region.AP_SOUTHEAST_2))
                .hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(KeySyncStatus.ERROR));
        assertThat(synced.errors()).singleElement().satisfies(f -> {
            assertThat(f.account()).isEqualTo("444444444444");
            assertThat(f.message()).contains("AccessDenied");
        });
        assertThat(synced.anyFailed()).isTrue();
        // Imported once per reached region, in the account's own client.
        assertThat(client(Region.US_EAST_1, DEV).imports).hasSize(1);
    }

    @Test
    void syncKeypairsInAccounts_givenRegions_allImported_isNoFailure() {
        AccountKeySyncs synced = recipes(2, DEV, PROD)
                .syncKeypairsInAccounts("ops", rsaPub(), List.of(Region.EU_WEST_1, Region.US_EAST_1));

        assertThat(synced.anyFailed()).isFalse();
        assertThat(synced.accounts().values()).allSatisfy(r -> assertThat(r.regionsWith(KeySyncStatus.IMPORTED))
                .containsExactly(Region.EU_WEST_1, Region.US_EAST_1));
    }
}
