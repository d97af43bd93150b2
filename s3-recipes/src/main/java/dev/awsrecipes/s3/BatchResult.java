package dev.awsrecipes.s3;

import java.util.List;

/**
 * What {@link S3Transfers#run(BatchSpec)} did. Every step that failed is listed with its error; the others
 * were done and verified.
 *
 * @param transferred how many uploads, downloads, copies and moves were done
 * @param deleted how many objects and files were deleted
 * @param bytes the bytes the transfers moved
 * @param failures the steps that failed, each with its error, in no particular order
 */
public record BatchResult(long transferred, long deleted, long bytes, List<FailedAction> failures) {

    /** Copies the failures. */
    public BatchResult {
        failures = List.copyOf(failures);
    }

    /** Whether every step was done. */
    public boolean succeeded() {
        return failures.isEmpty();
    }

    /**
     * A step that failed.
     *
     * @param action the step
     * @param message one line saying why
     * @param error the error
     */
    public record FailedAction(ObjectAction action, String message, Throwable error) {}
}
