package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.InternalApi;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The session's own pool of daemon threads, made on first use and shut down with the session; {@link
 * dev.awsrecipes.core.ParallelCalls} bounds the work on it.
 */
@InternalApi
public final class SessionThreads implements AutoCloseable {
    private final Lazy<ExecutorService> executor;

    public SessionThreads(int threads) {
        this.executor = new Lazy<>(() -> Executors.newFixedThreadPool(threads, daemonThreads()));
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
