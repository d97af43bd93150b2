package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.ParallelCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one call per part or range of a transfer with {@link ParallelCalls#runAll} on the context's
 * executor, at most the transfer's {@code concurrency} at a time, and adds the one thing a transfer
 * needs on top: the first part that fails for good raises the transfer's {@link TransferStop}, so the
 * parts in flight end early (see there) instead of after all their retries, and their endings are not
 * taken for failures of their own: the error thrown is the one that stopped the transfer. Like {@code
 * runAll}, this returns only when no part is in flight anymore, so an abort that follows frees them all.
 */
final class TransferParts {
    private static final Logger LOG = LoggerFactory.getLogger(TransferParts.class);

    private TransferParts() {}

    /** The work for one part or range. */
    @FunctionalInterface
    interface Task<P, T> {
        T run(P part) throws Exception;
    }

    /**
     * The tasks' results in the order of the parts.
     *
     * @throws RuntimeException the failure of the part that stopped the transfer, as it was thrown (a
     *     checked one wrapped in an {@link AwsRecipesException} that names it)
     */
    static <P, T> List<T> run(
            Executor executor, int concurrency, TransferStop stop, List<P> parts, Task<? super P, ? extends T> task) {
        List<Callable<T>> calls = new ArrayList<>(parts.size());
        for (P part : parts) {
            calls.add(() -> {
                if (stop.isRaised()) {
                    return null; // not started: the failure that stopped the transfer is the one thrown
                }
                try {
                    return task.run(part);
                } catch (Exception e) {
                    if (stop.raise()) {
                        throw e instanceof RuntimeException unchecked
                                ? unchecked
                                : new AwsRecipesException(e.toString(), e);
                    }
                    // Stopped by a sibling's failure (or failed at the same time): that failure is the one thrown.
                    LOG.debug("part {} ended after the transfer was stopped: {}", part, e.toString());
                    return null;
                } catch (Error e) {
                    stop.raise();
                    throw e;
                }
            });
        }
        return ParallelCalls.runAll(executor, concurrency, calls);
    }
}
