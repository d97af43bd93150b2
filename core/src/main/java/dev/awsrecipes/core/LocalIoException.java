package dev.awsrecipes.core;

import java.io.IOException;

/**
 * A failure of the local machine, not of AWS: a full disk, a closed pipe, a directory that cannot be
 * written. It is never retried (sending the request again cannot make room on a disk), and its message
 * says it is local, e.g. {@code no space left on device writing /data/dump.sql}.
 */
public class LocalIoException extends AwsRecipesException {
    private static final long serialVersionUID = 1L;

    /** The failure to write or read {@code target} (a file, or a name such as {@code stdout}). */
    public LocalIoException(String target, IOException cause) {
        super(describe(target, cause), cause);
    }

    /**
     * A local failure described by the caller, for subclasses that name the operation themselves.
     *
     * @param message what failed, saying that it is local
     * @param cause the I/O error
     */
    protected LocalIoException(String message, Throwable cause) {
        super(message, cause);
    }

    private static String describe(String target, IOException cause) {
        String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        if (reason.contains("No space left on device")) {
            return "no space left on device writing " + target + " (a local failure; nothing was retried)";
        }
        return "local I/O failure on " + target + ": " + reason + " (nothing was retried)";
    }
}
