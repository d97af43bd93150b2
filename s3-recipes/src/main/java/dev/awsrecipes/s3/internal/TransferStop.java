package dev.awsrecipes.s3.internal;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Raised once by the first part of a transfer that fails for good, so that its siblings give up at
 * once instead of after all their retries: a part waiting out a back-off stops waiting, a range being
 * received stops reading, a part being sent stops sending. The parts look at it themselves; no thread
 * is interrupted, because the threads may belong to the caller's executor.
 */
final class TransferStop {
    /** For work outside a transfer with parts (a single {@code PutObject}): never raised. */
    static final TransferStop NEVER = new TransferStop();

    private final AtomicBoolean raised = new AtomicBoolean();
    private final CountDownLatch latch = new CountDownLatch(1);

    /**
     * Raises the stop.
     *
     * @return whether this call raised it (false when another part did first)
     */
    boolean raise() {
        if (this == NEVER || !raised.compareAndSet(false, true)) {
            return false;
        }
        latch.countDown();
        return true;
    }

    boolean isRaised() {
        return raised.get();
    }

    /** Fails with a {@link CancellationException} when the stop is raised. */
    void check() {
        if (raised.get()) {
            throw stopped();
        }
    }

    /**
     * Waits for the time, or less when the stop is raised meanwhile.
     *
     * @return whether the stop is raised
     */
    boolean sleep(Duration wait) throws InterruptedException {
        return latch.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    static CancellationException stopped() {
        return new CancellationException("stopped: another part of the transfer failed");
    }
}
