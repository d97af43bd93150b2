package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/** The fan-out runs every pair, concurrently, and one failing pair never hides the others. */
class FanOutTest {
    private static final Account A = Account.keys("a", "111111111111", "test");
    private static final Account B = Account.keys("b", "222222222222", "test");
    private static final List<Region> REGIONS = List.of(Region.US_EAST_1, Region.EU_WEST_1, Region.AP_SOUTHEAST_2);

    private static Aws session() {
        return Aws.builder()
                .environment(Environment.of(Map.of()))
                .credentials("k", "s")
                .region("us-east-1")
                .build();
    }

    @Test
    void everyPair_getsItsOwnOutcome_inTheOrderGiven() {
        try (Aws aws = session()) {
            FanOutResult<String> result = aws.fanOut(List.of(A, B), REGIONS, (account, region) -> {
                if (account == B && region.equals(Region.EU_WEST_1)) {
                    throw new IllegalStateException("eu-west-1 is down for b");
                }
                return account.name() + "@" + region.id();
            });

            assertThat(result.outcomes()).hasSize(6);
            assertThat(result.outcomes())
                    .extracting(o -> o.account().name() + "/" + o.region().id())
                    .containsExactly(
                            "a/us-east-1",
                            "a/eu-west-1",
                            "a/ap-southeast-2",
                            "b/us-east-1",
                            "b/eu-west-1",
                            "b/ap-southeast-2");
            assertThat(result.successes()).hasSize(5);
            assertThat(result.failures()).singleElement().satisfies(f -> {
                assertThat(f.account()).isEqualTo(B);
                assertThat(f.region()).isEqualTo(Region.EU_WEST_1);
                assertThat(f.errorMessage()).contains("eu-west-1 is down for b");
            });
            assertThat(result.valuesByAccount().get("b")).containsOnlyKeys(Region.US_EAST_1, Region.AP_SOUTHEAST_2);
        }
    }

    @Test
    void pairs_runConcurrently() throws Exception {
        // Every call waits for all six to have started: this only finishes if they run at the same time.
        CountDownLatch allStarted = new CountDownLatch(6);
        Map<String, String> threads = new ConcurrentHashMap<>();
        try (Aws aws = session()) {
            FanOutResult<Boolean> result = aws.fanOut(List.of(A, B), REGIONS, (account, region) -> {
                threads.put(account.name() + region, Thread.currentThread().getName());
                allStarted.countDown();
                return allStarted.await(30, TimeUnit.SECONDS);
            });
            assertThat(result.outcomes()).allSatisfy(o -> assertThat(o.value()).isTrue());
            assertThat(threads.values()).doesNotHaveDuplicates();
        }
    }

    @Test
    void errorsThrownAsErrors_areCapturedToo() {
        try (Aws aws = session()) {
            FanOutResult<Object> result = aws.fanOut(List.of(Region.US_EAST_1), (account, region) -> {
                throw new AssertionError("boom");
            });
            assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f.error())
                    .hasMessage("boom"));
        }
    }

    @Test
    void noRegions_isBadInput() {
        try (Aws aws = session()) {
            assertThatThrownBy(() -> aws.fanOut(List.of(A), List.of(), (a, r) -> 1))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("regions");
        }
    }

    @Test
    void unknownProfileAccount_isRejectedBeforeAnyCall() {
        try (Aws aws = Aws.builder()
                .environment(Environment.of(Map.of()))
                .profileFile(
                        software.amazon.awssdk.profiles.ProfileFile.aggregator().build())
                .credentials("k", "s")
                .region("us-east-1")
                .build()) {
            assertThatThrownBy(() -> aws.fanOut(List.of(Account.profile("ghost")), REGIONS, (a, r) -> 1))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("ghost");
        }
    }
}
