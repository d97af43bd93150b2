package dev.awsrecipes.ec2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.AccountSet;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.RegionFailure;
import dev.awsrecipes.ec2.RunningInstance;
import dev.awsrecipes.ec2.RunningInstances;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;
import software.amazon.awssdk.services.ec2.model.Instance;

/**
 * E11 through the public facade built from the caller's clients: every (account, region) pair asks the
 * caller's lookup for its own canned EC2, one pair fails, and the others are still found.
 */
class FindAllRunningOverCannedClientsTest {
    private static final Account PROD = Account.role("prod", "arn:aws:iam::222222222222:role/ops");
    private static final List<Region> REGIONS = List.of(Region.EU_WEST_1, Region.US_EAST_1);

    /** The caller's clients: one canned EC2 per account and region, made on first ask and kept. */
    private final Map<String, CannedEc2> clients = new ConcurrentHashMap<>();

    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private CannedEc2 client(Region region, Account account) {
        return clients.computeIfAbsent(account.name() + "/" + region.id(), k -> new CannedEc2());
    }

    private static DescribeInstancesResponse running(String... ids) {
        return DescribeInstancesResponse.builder()
                .reservations(r -> r.instances(java.util.Arrays.stream(ids)
                        .map(id -> Instance.builder()
                                .instanceId(id)
                                .instanceType("t3.micro")
                                .launchTime(Instant.parse("2024-05-01T10:00:00Z"))
                                .tags(t -> t.key("Name").value("web-" + id))
                                .build())
                        .toList()))
                .build();
    }

    private Ec2Recipes recipes() {
        return Ec2Recipes.builder()
                .ec2ClientsPerRegion(this::client)
                .accounts(AccountSet.of(Account.SESSION, PROD))
                .region(Region.EU_WEST_1)
                .executor(executor)
                .maxInFlight(2)
                .build();
    }

    @Test
    void findAllRunning_givenRegionsInTwoAccountsWithOnePairFailing_findsTheRestAndReportsThatPair() {
        client(Region.EU_WEST_1, Account.SESSION).instances = running("i-0aaa0001", "i-0aaa0002");
        client(Region.EU_WEST_1, PROD).instances = running("i-0bbb0001");
        client(Region.US_EAST_1, PROD).failure = CannedErrors.ec2Error("AuthFailure", 401);

        RunningInstances found = recipes().findAllRunning(REGIONS);

        assertThat(found.count()).isEqualTo(3);
        assertThat(found.accounts().get("default").get("eu-west-1"))
                .extracting(RunningInstance::instanceId)
                .containsExactly("i-0aaa0001", "i-0aaa0002");
        assertThat(found.accounts().get("default").get("us-east-1")).isEmpty();
        assertThat(found.accounts().get("prod").get("eu-west-1"))
                .singleElement()
                .satisfies(i -> assertThat(i.tags()).containsEntry("Name", "web-i-0bbb0001"));
        assertThat(found.accounts().get("prod")).doesNotContainKey("us-east-1");
        assertThat(found.errors()).singleElement().satisfies(f -> {
            assertThat(f.account()).isEqualTo("prod");
            assertThat(f.region()).isEqualTo("us-east-1");
            assertThat(f.message()).contains("AuthFailure", "401");
        });
        // Every pair went to the caller's own client for it; no client was made by the library.
        assertThat(clients)
                .containsOnlyKeys("default/eu-west-1", "default/us-east-1", "prod/eu-west-1", "prod/us-east-1");
    }

    @Test
    void findAllRunning_enabledRegions_searchesWhatEachAccountListsAndReportsAnAccountThatCannotList() {
        client(Region.EU_WEST_1, Account.SESSION).regions = DescribeRegionsResponse.builder()
                .regions(
                        r -> r.regionName("eu-west-1").optInStatus("opt-in-not-required"),
                        r -> r.regionName("us-east-1").optInStatus("opt-in-not-required"),
                        r -> r.regionName("me-south-1").optInStatus("not-opted-in"))
                .build();
        client(Region.US_EAST_1, Account.SESSION).instances = running("i-0ccc0001");
        client(Region.EU_WEST_1, PROD).failure = CannedErrors.ec2Error("UnauthorizedOperation", 403);

        RunningInstances found = recipes().findAllRunning();

        assertThat(found.all()).extracting(RunningInstance::instanceId).containsExactly("i-0ccc0001");
        assertThat(found.accounts().get("default")).containsOnlyKeys("eu-west-1", "us-east-1");
        assertThat(found.errors())
                .extracting(RegionFailure::account, RegionFailure::region)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("prod", "eu-west-1"));
        // A region not opted in is never asked.
        assertThat(clients).doesNotContainKey("default/me-south-1");
    }
}
