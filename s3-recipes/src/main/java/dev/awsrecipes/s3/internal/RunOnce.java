package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.ParallelCalls;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A task handed to the context's executor that runs exactly once: on a thread of the executor, or on the
 * thread that needs its result ({@link #join}) if no executor thread has started it by then.
 *
 * <p>For the work that does not fit {@link ParallelCalls}, because its tasks are made one at a time
 * while earlier results come in rather than known up front: a download to a stream writing ranges in
 * order while later ones are fetched ahead, {@code DeleteObjects} batches sent as the listing fills
 * them, bucket-du's listing steps decided by the steps before. The users bound how many are
 * outstanding themselves. Running a task on the waiting thread keeps the guarantee {@code ParallelCalls}
 * gives: an executor whose threads are all taken (a small fixed pool, or one whose threads all wait for
 * work queued behind them) makes the work slower, never stuck. No thread is ever interrupted.
 *
 * @param <T> the task's result type
 */
final class RunOnce<T> {
    private final Callable<T> task;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private RunOnce(Callable<T> task) {
        this.task = task;
    }

    /** Hands the task to the executor; when the executor refuses it, {@link #join} runs it. */
    static <T> RunOnce<T> submit(Executor executor, Callable<T> task) {
        RunOnce<T> once = new RunOnce<>(task);
        try {
            executor.execute(once::run);
        } catch (RejectedExecutionException refused) {
            // left for the thread that joins it
        }
        return once;
    }

    /** Runs the task on this thread, unless it has started (or been cancelled) already. */
    void run() {
        if (claimed.compareAndSet(false, true)) {
            try {
                result.complete(task.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }
    }

    /** Whether no thread has started the task yet. */
    boolean unstarted() {
        return !claimed.get();
    }

    /** The task's outcome, for callers that wait for whichever of several ends first. */
    CompletableFuture<T> result() {
        return result;
    }

    /**
     * The task's result, run on this thread if it has not started elsewhere.
     *
     * @throws RuntimeException what the task threw, unwrapped ({@link ParallelCalls#asUnchecked})
     */
    T join() {
        run();
        try {
            return result.join();
        } catch (CompletionException e) {
            throw ParallelCalls.asUnchecked(e);
        }
    }

    /**
     * Makes sure the task has ended: one not started never runs, one running is waited for. Its outcome
     * is ignored (this is for a failure that is already on its way up).
     */
    void cancelAndAwait() {
        if (claimed.compareAndSet(false, true)) {
            result.cancel(false);
            return;
        }
        result.handle((value, error) -> null).join();
    }

    /** Makes sure the task never starts, if it has not yet; one running is left to end on its own. */
    void cancel() {
        if (claimed.compareAndSet(false, true)) {
            result.cancel(false);
        }
    }
}
