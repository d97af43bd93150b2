package dev.awsrecipes.s3;

/**
 * Hears each step of {@link S3Transfers#run(BatchSpec)} end. Steps run on several threads at once, so an
 * implementation must be thread-safe; it should return quickly.
 */
@FunctionalInterface
public interface BatchListener {
    /** The listener that hears nothing. */
    BatchListener NONE = (action, error) -> {};

    /**
     * A step ended.
     *
     * @param action the step
     * @param error why it failed, or null when it succeeded
     */
    void finished(ObjectAction action, Throwable error);
}
