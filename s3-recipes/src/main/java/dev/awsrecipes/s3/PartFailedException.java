package dev.awsrecipes.s3;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;

/**
 * A part of a transfer failed for good: the error was not transient, or it still failed after every
 * attempt. For an upload (a single-request upload counts as part 1) the multipart upload has been aborted
 * by the time the caller sees this, unless the upload was started resumable, in which case it can be
 * resumed; for a download the part is a byte range, and what was written is kept for a resume. The last
 * error is the cause.
 */
public class PartFailedException extends AwsRecipesException {
    private static final long serialVersionUID = 1L;

    /** The part, from 1. */
    private final int partNumber;
    /** How many times it was sent. */
    private final int attempts;

    /**
     * @param partNumber the part, from 1
     * @param attempts how many times it was tried
     * @param cause the last error
     */
    public PartFailedException(int partNumber, int attempts, Throwable cause) {
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
