package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The token bucket on a fake clock: sleeping moves the clock, so the tests take no time. */
class BandwidthLimiterTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    /** A clock that only moves when someone sleeps (or the test says so). */
    static final class FakeClock implements BandwidthLimiter.Clock {
        long now = 1_000 * SECOND;
        final List<Long> sleeps = new ArrayList<>();

        @Override
        public synchronized long nanoTime() {
            return now;
        }

        @Override
        public synchronized void sleep(long nanos) {
            sleeps.add(nanos);
            now += nanos;
        }
    }

    @Test
    void take_tenSecondsWorth_sleepsTenSecondsInAll() throws Exception {
        FakeClock clock = new FakeClock();
        BandwidthLimiter limiter = new BandwidthLimiter(1_000_000, clock);
        long start = clock.now;

        for (int i = 0; i < 100; i++) {
            limiter.take(100_000);
        }

        assertThat(clock.now - start).isBetween(10 * SECOND, 10 * SECOND + 1_000);
    }

    @Test
    void take_withinWhatTimeAlreadyPaidFor_doesNotSleep() throws Exception {
        FakeClock clock = new FakeClock();
        BandwidthLimiter limiter = new BandwidthLimiter(1_000_000, clock);
        clock.now += SECOND / 20; // 50 ms: 50,000 bytes' worth

        limiter.take(50_000);

        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void take_afterALongPause_burstsAtMostATenthOfASecond() throws Exception {
        FakeClock clock = new FakeClock();
        BandwidthLimiter limiter = new BandwidthLimiter(1_000_000, clock);
        clock.now += 60 * SECOND; // idle a minute: no minute's worth of bytes may then go at once
        long start = clock.now;

        limiter.take(1_100_000);

        assertThat(clock.now - start).isEqualTo(SECOND);
    }

    @Test
    void take_byManyThreads_holdsTheirSumToTheRate() throws Exception {
        FakeClock clock = new FakeClock();
        BandwidthLimiter limiter = new BandwidthLimiter(2_000_000, clock);
        long start = clock.now;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    try {
                        limiter.take(20_000);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }

        // 4 MB at 2 MB/s: the clock moves by the sleeps of all threads, which must cover at least 2 s.
        assertThat(clock.now - start).isGreaterThanOrEqualTo(2 * SECOND);
    }

    @Test
    void unlimited_neverSleepsAndLeavesStreamsAsTheyAre() throws Exception {
        InputStream in = new ByteArrayInputStream(new byte[10]);

        BandwidthLimiter.UNLIMITED.take(Long.MAX_VALUE);

        assertThat(BandwidthLimiter.of(0).throttle(in)).isSameAs(in);
    }

    @Test
    void throttledStream_countsWhatIsReadAndAnInterruptedWaitEndsTheRead() throws Exception {
        FakeClock clock = new FakeClock();
        BandwidthLimiter limiter = new BandwidthLimiter(1_000, clock);
        InputStream in = limiter.throttle(new ByteArrayInputStream(new byte[3_000]));

        assertThat(in.readAllBytes()).hasSize(3_000);
        assertThat(clock.now - 1_000 * SECOND).isEqualTo(3 * SECOND);

        BandwidthLimiter interrupted = new BandwidthLimiter(1_000, new BandwidthLimiter.Clock() {
            @Override
            public long nanoTime() {
                return 0;
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                throw new InterruptedException();
            }
        });
        InputStream waiting = interrupted.throttle(new ByteArrayInputStream(new byte[10]));
        assertThatThrownBy(waiting::read).isInstanceOf(InterruptedIOException.class);
        assertThat(Thread.interrupted())
                .as("the interrupt is kept for the caller")
                .isTrue();
    }
}
