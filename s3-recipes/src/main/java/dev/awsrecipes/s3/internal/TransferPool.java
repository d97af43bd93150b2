package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one task per part or range of a transfer on a pool of {@code concurrency} daemon threads that
 * lives as long as the transfer; the first task that fails for good stops the others, and its error is
 * thrown as it was.
 *
 * <p>Why not {@link dev.awsrecipes.core.ParallelCalls} on the session's executor, as copies and
 * websites use: a transfer's {@code concurrency} bounds the bytes in flight (the session's executor is
 * sized for API calls, not for buffers of up to 5 GiB parts); a part waiting out a retry back-off is
 * interrupted when a sibling has failed, so the error surfaces at once rather than after every retry;
 * and the caller's thread stays interruptible while it waits ({@link InterruptedException}).
 */
final class TransferPool {
    private static final Logger LOG = LoggerFactory.getLogger(TransferPool.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /** The work for one part or range. */
    @FunctionalInterface
    interface Task<P, T> {
        T run(P part) throws Exception;
    }

    private final int concurrency;
    private final String threadName;

    TransferPool(int concurrency, String threadName) {
        this.concurrency = concurrency;
        this.threadName = threadName;
    }

    /** The tasks' results in the order of the parts. */
    <P, T> List<T> run(List<P> parts, Task<? super P, ? extends T> task) throws InterruptedException {
        if (parts.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, parts.size()), threads(threadName));
        try {
            CompletionService<T> done = new ExecutorCompletionService<>(pool);
            List<Future<T>> started = new ArrayList<>(parts.size());
            parts.forEach(part -> started.add(done.submit(() -> task.run(part))));
            for (int i = 0; i < parts.size(); i++) {
                done.take().get();
            }
            List<T> results = new ArrayList<>(parts.size());
            for (Future<T> future : started) {
                results.add(future.get());
            }
            return results;
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

    /** Stops the pool and waits (bounded) for tasks in flight, so what follows (an abort) frees them all. */
    static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("parts still in flight after {}", STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
