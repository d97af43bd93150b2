package dev.awsrecipes.s3;

import dev.awsrecipes.core.LocalIoException;
import java.nio.file.Path;

/**
 * A local file (or stream) could not be written or read: a full disk, a missing permission, a closed
 * pipe. Not an S3 error and never retried, since sending the same request again cannot help. A
 * {@link LocalIoException}, so one catch covers every local failure of the library.
 */
public class LocalFileException extends LocalIoException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public LocalFileException(Path path, String what, Throwable cause) {
        super(
                "local I/O error, not S3: cannot " + what + " " + (path == null ? "the output stream" : path) + ": "
                        + cause.getMessage(),
                cause);
        this.path = path;
    }

    /** The local file, or {@code null} for a stream. */
    public Path path() {
        return path;
    }
}
