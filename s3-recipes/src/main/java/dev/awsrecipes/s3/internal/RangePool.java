package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one task per range on a pool of {@code concurrency} daemon threads that lives as long as the
 * download; the first task that fails for good stops the others, and its error is thrown as it was.
 */
final class RangePool {
    private static final Logger LOG = LoggerFactory.getLogger(RangePool.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /** The work for one range. */
    @FunctionalInterface
    interface RangeTask {
        void run(DownloadPlan.Range range) throws InterruptedException;
    }

    private final int concurrency;
    private final String threadName;

    RangePool(int concurrency, String threadName) {
        this.concurrency = concurrency;
        this.threadName = threadName;
    }

    void run(List<DownloadPlan.Range> ranges, RangeTask task) throws InterruptedException {
        if (ranges.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, ranges.size()), threads(threadName));
        try {
            CompletionService<Void> done = new ExecutorCompletionService<>(pool);
            ranges.forEach(range -> done.submit(() -> {
                task.run(range);
                return null;
            }));
            for (int i = 0; i < ranges.size(); i++) {
                done.take().get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new AwsRecipesException(e.getCause().toString(), e);
        } finally {
            stop(pool);
        }
    }

    static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("ranges still in flight after {}", STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static java.util.concurrent.ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
