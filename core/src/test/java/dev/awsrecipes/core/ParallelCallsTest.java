package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ParallelCallsTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void shutdown() {
        pool.shutdownNow();
    }

    @Test
    void runAll_everyCallSucceeds_returnsResultsInCallOrder() {
        List<Callable<Integer>> calls = List.of(() -> 1, () -> 2, () -> 3, () -> 4);

        assertThat(ParallelCalls.runAll(pool, calls)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void runAll_aCallFails_throwsItUnwrapped() {
        IllegalStateException boom = new IllegalStateException("part 2 failed");
        List<Callable<Integer>> calls = List.of(() -> 1, () -> {
            throw boom;
        });

        assertThatThrownBy(() -> ParallelCalls.runAll(pool, calls)).isSameAs(boom);
    }

    @Test
    void runAll_checkedFailure_isWrappedWithItsMessage() {
        List<Callable<Integer>> calls = List.of(() -> {
            throw new IOException("disk gone");
        });

        assertThatThrownBy(() -> ParallelCalls.runAll(pool, calls))
                .isInstanceOf(AwsRecipesException.class)
                .hasMessage("disk gone")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void runAll_firstFailure_skipsCallsNotStarted() {
        // One call at a time (the calling thread's own worker), so the later calls are surely not started.
        AtomicInteger ran = new AtomicInteger();
        List<Callable<Integer>> calls = List.of(
                () -> {
                    throw new IllegalStateException("first");
                },
                ran::incrementAndGet,
                ran::incrementAndGet);

        assertThatThrownBy(() -> ParallelCalls.runAll(pool, 1, calls)).hasMessage("first");
        assertThat(ran).hasValue(0);
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock fails, not hangs
    void runAll_callsNestedInCallsOnAOneThreadPool_finish() {
        // Each outer call waits for inner calls on the same pool, whose only thread an outer call holds: the
        // waiting threads work through their own inner calls, so nothing is stuck.
        ExecutorService single = Executors.newSingleThreadExecutor();
        try {
            List<Callable<Integer>> outer = List.of(1, 2, 3).stream()
                    .<Callable<Integer>>map(i -> () ->
                            ParallelCalls.runAll(single, 4, List.<Callable<Integer>>of(() -> i, () -> i, () -> i))
                                    .stream()
                                    .mapToInt(Integer::intValue)
                                    .sum())
                    .toList();

            assertThat(ParallelCalls.runAll(single, 3, outer)).containsExactly(3, 6, 9);
        } finally {
            single.shutdownNow();
        }
    }

    @Test
    void runAll_executorRefusesWork_theCallingThreadRunsEveryCall() {
        AtomicInteger ran = new AtomicInteger();
        List<Callable<Integer>> calls = List.of(ran::incrementAndGet, ran::incrementAndGet, ran::incrementAndGet);

        assertThat(ParallelCalls.runAll(
                        r -> {
                            throw new java.util.concurrent.RejectedExecutionException("full");
                        },
                        4,
                        calls))
                .hasSize(3);
        assertThat(ran).hasValue(3);
    }

    @Test
    void runAll_failureWhileASiblingRuns_returnsOnlyAfterTheSiblingEnded() {
        // The failing call waits until its sibling has started: a sibling not yet started when the
        // failure lands is skipped, which is a different case (runAll_firstFailure_skipsCallsNotStarted).
        CountDownLatch siblingStarted = new CountDownLatch(1);
        CountDownLatch failing = new CountDownLatch(1);
        AtomicBoolean siblingEnded = new AtomicBoolean();
        List<Callable<Integer>> calls = List.of(
                () -> {
                    siblingStarted.countDown();
                    failing.await(10, TimeUnit.SECONDS);
                    Thread.sleep(50);
                    siblingEnded.set(true);
                    return 1;
                },
                () -> {
                    siblingStarted.await(10, TimeUnit.SECONDS);
                    failing.countDown();
                    throw new IllegalStateException("second");
                });

        assertThatThrownBy(() -> ParallelCalls.runAll(pool, calls)).hasMessage("second");
        assertThat(siblingEnded).isTrue();
    }

    @Test
    void runAll_twoFailures_keepsTheSecondAsSuppressed() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<Callable<Integer>> calls = List.of(
                () -> {
                    bothStarted.countDown();
                    bothStarted.await(10, TimeUnit.SECONDS);
                    throw new IllegalStateException("a");
                },
                () -> {
                    bothStarted.countDown();
                    bothStarted.await(10, TimeUnit.SECONDS);
                    throw new IllegalStateException("b");
                });

        assertThatThrownBy(() -> ParallelCalls.runAll(pool, calls))
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
    }
}
