package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.InternalApi;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The session's own daemon threads, made on first use and shut down with the session. {@link
 * dev.awsrecipes.core.ParallelCalls} and the recipes bound the work they put here (a fan-out's {@code
 * parallelism}, a transfer's {@code concurrency}), so the pool itself does not: it grows when a recipe
 * asks for more than {@code threads} at once (a transfer with 64 parts in flight, a tree upload whose
 * files each send parts) instead of queueing that work behind itself, which would make such a transfer
 * slower than it was configured to be. Threads beyond {@code threads}, and those too after 30 idle
 * seconds, end by themselves.
 */
@InternalApi
public final class SessionThreads implements AutoCloseable {
    private static final long IDLE_SECONDS = 30;

    private final Lazy<ExecutorService> executor;

    public SessionThreads(int threads) {
        this.executor = new Lazy<>(() -> {
            ThreadPoolExecutor pool = new ThreadPoolExecutor(
                    threads,
                    Integer.MAX_VALUE,
                    IDLE_SECONDS,
                    TimeUnit.SECONDS,
                    new SynchronousQueue<>(),
                    daemonThreads());
            pool.allowCoreThreadTimeOut(true);
            return pool;
        });
    }

    public ExecutorService executor() {
        return executor.get();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "aws-recipes-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        executor.ifMade().ifPresent(ExecutorService::shutdownNow);
    }
}
