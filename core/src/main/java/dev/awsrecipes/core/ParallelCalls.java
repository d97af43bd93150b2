package dev.awsrecipes.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The one way the library runs work in parallel: calls go to an executor (the caller's, or the session's
 * {@link Aws#executor()}), at most {@code maxInFlight} at a time, and the results come back in the order
 * of the calls.
 *
 * <p>Two contracts:
 *
 * <ul>
 *   <li>{@link #runAll all-or-nothing}: on the first failure the calls not yet started are skipped, those
 *       already running are waited for, and the failure is thrown as it was raised (never wrapped in a
 *       {@code CompletionException});
 *   <li>{@link #eachOutcome each its own outcome}: every call runs, and each returns its value or its
 *       error, so one failing region or account never hides the others.
 * </ul>
 *
 * <p>The bound is kept by running at most {@code maxInFlight} workers, each of which takes the next call
 * until none are left: the calling thread is one of them and at most {@code maxInFlight - 1} are submitted
 * to the executor. So an unbounded executor (a virtual thread per task, a cached pool) is as welcome as a
 * fixed pool, a fixed pool is never flooded with queued work, and calls nested in calls on a bounded pool
 * never deadlock: a pool with no free thread makes the work slower, never stuck. Waiting for the running calls
 * matters: a part upload still in flight after a multipart upload is aborted would land anyway and be
 * billed. Running calls are not interrupted, because an interrupted SDK call fails with an error that
 * would hide the real one.
 */
public final class ParallelCalls {
    /** How many calls run at once when the caller does not say. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 32;

    private ParallelCalls() {}

    /**
     * {@link #runAll(Executor, int, List)} with at most {@value #DEFAULT_MAX_IN_FLIGHT} calls at a time.
     *
     * @param executor where the calls run
     * @param calls the calls
     * @param <T> the calls' result type
     * @return the results in the order of the calls
     */
    public static <T> List<T> runAll(Executor executor, List<? extends Callable<? extends T>> calls) {
        return runAll(executor, DEFAULT_MAX_IN_FLIGHT, calls);
    }

    /**
     * Runs every call, or on the first failure skips the calls not yet started.
     *
     * @param executor where the calls run
     * @param maxInFlight how many calls may run at once, at least 1
     * @param calls the calls
     * @param <T> the calls' result type
     * @return the results in the order of the calls
     * @throws RuntimeException the first call's failure, when it was unchecked; later failures are
     *     added to it as suppressed
     * @throws AwsRecipesException wrapping the first failure, when it was a checked exception
     */
    public static <T> List<T> runAll(Executor executor, int maxInFlight, List<? extends Callable<? extends T>> calls) {
        List<Outcome<T>> outcomes = run(executor, maxInFlight, calls, true);
        Throwable first = null;
        for (Outcome<T> outcome : outcomes) {
            if (outcome.error() != null) {
                if (first == null) {
                    first = outcome.error();
                } else if (first != outcome.error()) {
                    first.addSuppressed(outcome.error());
                }
            }
        }
        if (first != null) {
            throw asUnchecked(first);
        }
        List<T> values = new ArrayList<>(outcomes.size());
        outcomes.forEach(o -> values.add(o.value()));
        return Collections.unmodifiableList(values);
    }

    /**
     * Runs every call, whatever the others do, and gives each one's value or error.
     *
     * @param executor where the calls run
     * @param maxInFlight how many calls may run at once, at least 1
     * @param calls the calls
     * @param <T> the calls' result type
     * @return one outcome per call, in the order of the calls
     */
    public static <T> List<Outcome<T>> eachOutcome(
            Executor executor, int maxInFlight, List<? extends Callable<? extends T>> calls) {
        return run(executor, maxInFlight, calls, false);
    }

    /**
     * The cause a {@code CompletionException} or {@code ExecutionException} wraps, else the error itself.
     *
     * @param error an error from a future or a call
     * @return the error that was really raised
     */
    public static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /**
     * The error as an unchecked exception: itself when unchecked (after {@link #unwrap}), else wrapped in
     * an {@link AwsRecipesException}.
     *
     * @param error the error
     * @return an exception to throw
     */
    public static RuntimeException asUnchecked(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (e instanceof Error fatal) {
            throw fatal;
        }
        return new AwsRecipesException(String.valueOf(e.getMessage()), e);
    }

    private static <T> List<Outcome<T>> run(
            Executor executor, int maxInFlight, List<? extends Callable<? extends T>> calls, boolean stopOnFailure) {
        Check.notNull(executor, "executor");
        Check.inRange(maxInFlight, 1, Integer.MAX_VALUE, "maxInFlight");
        Check.notNull(calls, "calls");
        int n = calls.size();
        AtomicReferenceArray<Outcome<T>> results = new AtomicReferenceArray<>(n);
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                if (stopOnFailure && failed.get()) {
                    return;
                }
                Outcome<T> outcome = attempt(calls.get(i));
                if (outcome.error() != null) {
                    failed.set(true);
                }
                results.set(i, outcome);
            }
        };
        List<Helper> helpers = new ArrayList<>();
        for (int w = 1; w < Math.min(maxInFlight, n); w++) {
            Helper helper = new Helper(worker);
            try {
                executor.execute(helper::run);
            } catch (RuntimeException rejected) {
                break; // the helpers already handed over, and this thread, take every call
            }
            helpers.add(helper);
        }
        // The calling thread is a worker too, and helpers that no thread has started when it runs out of
        // calls are dropped, not waited for: calls made from inside calls on the same bounded executor (the
        // parts of each file of a tree upload) then always finish, even when every pool thread is taken by
        // a caller that waits.
        worker.run();
        // Joining the helpers that did start waits for the calls in flight, never longer.
        helpers.forEach(Helper::awaitOrDrop);
        List<Outcome<T>> outcomes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Outcome<T> outcome = results.get(i);
            outcomes.add(outcome != null ? outcome : Outcome.ofSkipped());
        }
        return outcomes;
    }

    /** A worker handed to the executor, which runs only if a thread starts it before the caller is done. */
    private static final class Helper {
        private final Runnable worker;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<Void> ended = new CompletableFuture<>();

        Helper(Runnable worker) {
            this.worker = worker;
        }

        void run() {
            if (claimed.compareAndSet(false, true)) {
                try {
                    worker.run();
                } finally {
                    ended.complete(null);
                }
            }
        }

        void awaitOrDrop() {
            if (!claimed.compareAndSet(false, true)) {
                ended.join();
            }
        }
    }

    private static <T> Outcome<T> attempt(Callable<? extends T> call) {
        try {
            return Outcome.ofValue(call.call());
        } catch (Throwable e) {
            return Outcome.ofError(unwrap(e));
        }
    }

    /**
     * What one call did: its value, its error, or neither when it was skipped after another call failed.
     *
     * @param value the call's result, when it returned
     * @param error what it threw, when it failed
     * @param skipped whether it never ran
     * @param <T> the result type
     */
    public record Outcome<T>(T value, Throwable error, boolean skipped) {
        static <T> Outcome<T> ofValue(T value) {
            return new Outcome<>(value, null, false);
        }

        static <T> Outcome<T> ofError(Throwable error) {
            return new Outcome<>(null, error, false);
        }

        static <T> Outcome<T> ofSkipped() {
            return new Outcome<>(null, null, true);
        }

        /** Whether the call ran and returned. */
        public boolean isSuccess() {
            return error == null && !skipped;
        }
    }
}
