package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.s3.PartFailedException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Parts of a transfer on the caller's executor: results in order, the first real failure, siblings stopped. */
class TransferPartsTest {
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void shutdown() {
        pool.shutdownNow();
    }

    @Test
    void run_everyPartSucceeds_returnsResultsInPartOrder() {
        List<Integer> results = TransferParts.run(pool, 3, new TransferStop(), List.of(1, 2, 3, 4, 5), p -> p * 10);

        assertThat(results).containsExactly(10, 20, 30, 40, 50);
    }

    @Test
    void run_onePartFails_throwsItAndNotTheStoppedSiblingsEndings() {
        // Parts 1 and 2 run until they see the stop; part 3 fails for good once they are both running.
        CountDownLatch othersRunning = new CountDownLatch(2);
        TransferStop stop = new TransferStop();
        IllegalStateException failure = new IllegalStateException("part 3 failed for good");

        assertThatThrownBy(() -> TransferParts.run(pool, 3, stop, List.of(1, 2, 3), p -> {
                    if (p == 3) {
                        othersRunning.await(10, TimeUnit.SECONDS);
                        throw failure;
                    }
                    othersRunning.countDown();
                    while (true) {
                        stop.check(); // what a range being received does at every buffer
                        Thread.sleep(5);
                    }
                }))
                .isSameAs(failure);
        assertThat(stop.isRaised()).isTrue();
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void run_siblingWaitingOutABackOff_givesUpAtOnceWhenAPartFails() {
        TransferStop stop = new TransferStop();
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch retrying = new CountDownLatch(1);
        long started = System.nanoTime();

        assertThatThrownBy(() -> TransferParts.run(pool, 2, stop, List.of(1, 2), p -> {
                    if (p == 2) {
                        retrying.await(10, TimeUnit.SECONDS);
                        throw new IllegalStateException("part 2 failed for good");
                    }
                    // Fails transiently every time: without the stop it would try 10 times, backing off up to 10 s.
                    return TransferRetryPolicy.withRetries(1, 10, (n, a, e) -> retrying.countDown(), stop, () -> {
                        attempts.incrementAndGet();
                        throw SdkClientException.create("connection reset");
                    });
                }))
                .hasMessage("part 2 failed for good");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(attempts.get()).isLessThan(10);
    }

    @Test
    void run_checkedFailure_isWrappedNamingIt() {
        assertThatThrownBy(() -> TransferParts.run(pool, 2, new TransferStop(), List.of(1), p -> {
                    throw new IOException("disk gone");
                }))
                .isInstanceOf(AwsRecipesException.class)
                .hasMessage("java.io.IOException: disk gone");
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void run_partsOfFilesOnAOneThreadExecutor_finish() {
        // A tree upload: each file waits for its parts on the same executor, whose one thread a file holds.
        ExecutorService single = Executors.newSingleThreadExecutor();
        try {
            List<Integer> sums = TransferParts.run(
                    single,
                    4,
                    new TransferStop(),
                    List.of(1, 2, 3),
                    file ->
                            TransferParts.run(single, 8, new TransferStop(), List.of(file, file, file), part -> part)
                                    .stream()
                                    .mapToInt(Integer::intValue)
                                    .sum());

            assertThat(sums).containsExactly(3, 6, 9);
        } finally {
            single.shutdownNow();
        }
    }

    @Test
    void withRetries_stopRaisedBeforeARetry_failsWithThePartsError() {
        TransferStop stop = new TransferStop();
        stop.raise();

        assertThatThrownBy(() -> TransferRetryPolicy.withRetries(7, 4, (n, a, e) -> {}, stop, () -> {
                    throw SdkClientException.create("timeout");
                }))
                .isInstanceOf(PartFailedException.class)
                .hasMessageContaining("part 7");
    }
}
