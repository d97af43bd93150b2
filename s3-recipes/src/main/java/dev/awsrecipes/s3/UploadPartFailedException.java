package dev.awsrecipes.s3;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;

/**
 * A part of an upload (or a single-request upload, as part 1) failed for good: the error was not
 * transient, or it still failed after every attempt. The multipart upload has been aborted by the time
 * the caller sees this, unless the upload was started resumable, in which case it can be resumed. The
 * last error is the cause.
 */
public class UploadPartFailedException extends AwsRecipesException {
    private static final long serialVersionUID = 1L;

    /** The part, from 1. */
    private final int partNumber;
    /** How many times it was sent. */
    private final int attempts;

    /**
     * @param partNumber the part, from 1
     * @param attempts how many times it was sent
     * @param cause the last error
     */
    public UploadPartFailedException(int partNumber, int attempts, Throwable cause) {
        super(
                "part " + partNumber + " failed after " + attempts + (attempts == 1 ? " attempt" : " attempts") + ": "
                        + AwsErrors.describe(cause),
                cause);
        this.partNumber = partNumber;
        this.attempts = attempts;
    }

    /**
     * The part that failed.
     *
     * @return its number, from 1
     */
    public int partNumber() {
        return partNumber;
    }

    /**
     * How many times the part was sent before giving up.
     *
     * @return the attempts, at least 1
     */
    public int attempts() {
        return attempts;
    }
}
