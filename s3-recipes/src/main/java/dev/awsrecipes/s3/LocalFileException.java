package dev.awsrecipes.s3;

import dev.awsrecipes.core.LocalIoException;
import java.nio.file.Path;
import java.util.List;

/**
 * A local file (or stream) could not be written or read: a full disk, a missing permission, a closed
 * pipe. Not an S3 error and never retried, since sending the same request again cannot help. A
 * {@link LocalIoException}, so one catch covers every local failure of the library.
 *
 * <p>A download into a file that stops this way says what it left on the disk: with ranges already
 * written, the partial file and its state files are {@link #kept()} beside the target, so that the
 * download can be resumed once there is room (or they can be deleted to free the space); with nothing
 * worth keeping they are deleted and named in {@link #removed()}.
 */
public class LocalFileException extends LocalIoException {
    private static final long serialVersionUID = 1L;

    /**
     * A file a failed transfer left on the disk for a resume.
     *
     * @param path the file
     * @param bytes its size
     */
    public record KeptFile(Path path, long bytes) {}

    private final transient Path path;
    private final transient String what;
    private final transient List<KeptFile> kept;
    private final transient List<Path> removed;

    /**
     * The failure to do {@code what} with {@code path}.
     *
     * @param path the local file, or {@code null} for a stream
     * @param what what could not be done ("write", "read", ...)
     * @param cause the I/O error
     */
    public LocalFileException(Path path, String what, Throwable cause) {
        this(path, what, cause, List.of(), List.of());
    }

    private LocalFileException(Path path, String what, Throwable cause, List<KeptFile> kept, List<Path> removed) {
        super(
                "local I/O error, not S3: cannot " + what + " " + (path == null ? "the output stream" : path) + ": "
                        + cause.getMessage() + left(kept, removed),
                cause);
        this.path = path;
        this.what = what;
        this.kept = List.copyOf(kept);
        this.removed = List.copyOf(removed);
    }

    /**
     * The same failure, saying what the transfer left on the disk; for the library's downloads.
     *
     * @param kept files left for a resume, with their sizes
     * @param removed files deleted because nothing in them could be resumed
     * @return the new exception, with this one's cause and stack
     */
    public LocalFileException leaving(List<KeptFile> kept, List<Path> removed) {
        LocalFileException e = new LocalFileException(path, what, getCause(), kept, removed);
        e.setStackTrace(getStackTrace());
        for (Throwable s : getSuppressed()) {
            e.addSuppressed(s);
        }
        return e;
    }

    private static String left(List<KeptFile> kept, List<Path> removed) {
        if (!kept.isEmpty()) {
            long bytes = kept.stream().mapToLong(KeptFile::bytes).sum();
            return "; " + kept.size() + " files (" + bytes + " bytes) are kept beside it: run again with resume"
                    + " (--resume) once there is room, or delete them";
        }
        return removed.isEmpty() ? "" : "; the partial download was removed (nothing in it could be resumed)";
    }

    /** The local file, or {@code null} for a stream. */
    public Path path() {
        return path;
    }

    /** Files a download left for a resume (the partial file, its state and journal); empty when none. */
    public List<KeptFile> kept() {
        return kept;
    }

    /** Files a download deleted when it stopped, since nothing in them could be resumed; empty when none. */
    public List<Path> removed() {
        return removed;
    }
}
