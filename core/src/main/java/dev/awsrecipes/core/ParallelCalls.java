package dev.awsrecipes.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * All-or-nothing work on an executor (usually the session's {@link Aws#executor()}): every call runs,
 * or on the first failure the calls not yet started are skipped, those already running are waited
 * for, and the failure is thrown as it was raised (never wrapped in a {@code CompletionException}).
 *
 * <p>Waiting for the running calls matters: a part upload still in flight after a multipart upload is
 * aborted would land anyway and be billed. Running calls are not interrupted, because an interrupted
 * SDK call fails with an error that would hide the real one.
 */
public final class ParallelCalls {
    private ParallelCalls() {}

    /**
     * The calls' results in the order of the calls.
     *
     * @throws RuntimeException the first call's failure, when it was unchecked; later failures are
     *     added to it as suppressed
     * @throws AwsRecipesException wrapping the first failure, when it was a checked exception
     */
    public static <T> List<T> runAll(Executor executor, List<? extends Callable<? extends T>> calls) {
        Check.notNull(executor, "executor");
        Check.notNull(calls, "calls");
        AtomicBoolean failed = new AtomicBoolean();
        AtomicReference<Throwable> first = new AtomicReference<>();
        List<CompletableFuture<T>> futures = new ArrayList<>(calls.size());
        for (Callable<? extends T> call : calls) {
            CompletableFuture<T> future = new CompletableFuture<>();
            futures.add(future);
            try {
                executor.execute(() -> runOne(call, future, failed, first));
            } catch (RuntimeException rejected) {
                future.complete(null);
                record(rejected, failed, first);
                break;
            }
        }
        // Every future completes when its call has ended or was skipped: joining them all waits for
        // the calls in flight, never longer.
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        Throwable failure = first.get();
        if (failure == null) {
            return futures.stream().map(CompletableFuture::join).toList();
        }
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new AwsRecipesException(failure.getMessage(), failure);
    }

    private static <T> void runOne(
            Callable<? extends T> call,
            CompletableFuture<T> future,
            AtomicBoolean failed,
            AtomicReference<Throwable> first) {
        if (failed.get()) {
            future.complete(null);
            return;
        }
        try {
            future.complete(call.call());
        } catch (Throwable e) {
            record(e, failed, first);
            future.complete(null);
        }
    }

    private static void record(Throwable e, AtomicBoolean failed, AtomicReference<Throwable> first) {
        failed.set(true);
        if (!first.compareAndSet(null, e) && first.get() != e) {
            synchronized (first) {
                first.get().addSuppressed(e);
            }
        }
    }
}
