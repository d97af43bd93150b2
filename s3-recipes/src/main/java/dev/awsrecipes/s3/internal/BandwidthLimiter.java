package dev.awsrecipes.s3.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * Holds one transfer's bytes, all its parts together, to a rate in bytes per second: a token bucket
 * shared by the transfer's threads. Each thread takes what it has just moved and, when the bucket is in
 * debt, sleeps until the debt is paid; the sleep is interruptible. The bucket starts empty and holds at
 * most a tenth of a second's worth, so a transfer of {@code n} bytes takes at least {@code n / rate}
 * seconds and a pause does not buy a burst later.
 */
final class BandwidthLimiter {
    /** No limit: taking bytes never waits. */
    static final BandwidthLimiter UNLIMITED = new BandwidthLimiter(0, Clock.SYSTEM);

    private static final double NANOS_PER_SECOND = 1e9;

    /** Time as the limiter sees it; tests give a fake one. */
    interface Clock {
        Clock SYSTEM = new Clock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        };

        long nanoTime();

        void sleep(long nanos) throws InterruptedException;
    }

    private final long bytesPerSecond;
    private final double capacity;
    private final Clock clock;
    private double tokens;
    private long refilledAt;

    BandwidthLimiter(long bytesPerSecond, Clock clock) {
        this.bytesPerSecond = bytesPerSecond;
        this.capacity = bytesPerSecond / 10.0;
        this.clock = clock;
        this.refilledAt = clock.nanoTime();
    }

    /** A limiter for one transfer: {@link #UNLIMITED} for 0. */
    static BandwidthLimiter of(long bytesPerSecond) {
        return bytesPerSecond <= 0 ? UNLIMITED : new BandwidthLimiter(bytesPerSecond, Clock.SYSTEM);
    }

    boolean unlimited() {
        return bytesPerSecond <= 0;
    }

    /** Counts {@code bytes} just moved, and waits as long as the rate requires. */
    void take(long bytes) throws InterruptedException {
        if (unlimited() || bytes <= 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = clock.nanoTime();
            tokens = Math.min(capacity, tokens + (now - refilledAt) * bytesPerSecond / NANOS_PER_SECOND);
            refilledAt = now;
            tokens -= bytes;
            wait = tokens >= 0 ? 0 : (long) Math.ceil(-tokens * NANOS_PER_SECOND / bytesPerSecond);
        }
        if (wait > 0) {
            clock.sleep(wait);
        }
    }

    /** The stream, its reads counted against this limiter (itself when unlimited). */
    InputStream throttle(InputStream in) {
        return unlimited() ? in : new Throttled(in, this);
    }

    /** Reads that wait for the limiter; an interrupted wait is an {@link InterruptedIOException}. */
    private static final class Throttled extends FilterInputStream {
        private final BandwidthLimiter limiter;

        Throttled(InputStream in, BandwidthLimiter limiter) {
            super(in);
            this.limiter = limiter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                taken(1);
            }
            return b;
        }

        @Override
        public int read(byte[] target, int off, int len) throws IOException {
            int n = super.read(target, off, len);
            taken(n);
            return n;
        }

        private void taken(long n) throws InterruptedIOException {
            try {
                limiter.take(n);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while holding the transfer to its bandwidth");
            }
        }
    }
}
