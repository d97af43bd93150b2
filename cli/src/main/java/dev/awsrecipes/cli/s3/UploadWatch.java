package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.Progress;
import dev.awsrecipes.s3.UploadListener;
import dev.awsrecipes.s3.UploadProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Follows one upload for the command line: shows its progress, and remembers the multipart upload and
 * how far it came, so an interruption can say what is left in S3 and how to resume or abort it.
 */
final class UploadWatch implements UploadListener, AutoCloseable {
    private static final long MIB = 1024L * 1024;

    private final Progress progress;
    private final String name;
    /** Whether the size is known only at the end (stdin): the totals reported so far are what was read. */
    private final boolean lengthUnknown;

    private Progress.Task task;
    private String uploadId;
    private UploadProgress last;
    private boolean finished;

    UploadWatch(Progress progress, String name) {
        this(progress, name, false);
    }

    UploadWatch(Progress progress, String name, boolean lengthUnknown) {
        this.progress = progress;
        this.name = name;
        this.lengthUnknown = lengthUnknown;
    }

    @Override
    public synchronized void progress(UploadProgress p) {
        if (task == null) {
            // Appears with the first report, so a failure before any byte moves prints only its error.
            task = progress.task(name, lengthUnknown ? -1 : p.bytesTotal(), "MiB", MIB);
        }
        last = p;
        if (lengthUnknown) {
            task.update(p.bytesDone(), -1, p.partsDone() + " parts");
        } else {
            task.update(p.bytesDone(), p.bytesTotal(), p.partsDone() + "/" + p.partsTotal() + " parts");
        }
    }

    @Override
    public void partRetried(int partNumber, int attempt, Throwable error) {
        progress.note("part " + partNumber + " failed (attempt " + attempt + "), retrying: " + error.getMessage());
    }

    @Override
    public synchronized void multipartStarted(String uploadId, Path stateFile, boolean resumed) {
        this.uploadId = uploadId;
    }

    /**
     * Called by the shutdown hook: when the process is ending before the upload did, says what S3
     * holds and the commands that resume or abort it ({@code command} adds the flag to this upload's line).
     */
    synchronized void interrupted(PrintWriter err, Function<String[], String> command) {
        if (finished) {
            return;
        }
        synchronized (err) {
            err.println();
            if (uploadId == null) {
                err.println("interrupted before the upload began; nothing was left in S3");
            } else if (lengthUnknown) {
                err.printf(
                        "interrupted: %d parts (%d bytes) of stdin are stored in S3 under upload %s, which a stream"
                                + " cannot resume%n",
                        last == null ? 0 : last.partsDone(), last == null ? 0 : last.bytesDone(), uploadId);
                err.println("  abort:  " + command.apply(new String[] {"--abort"}));
            } else {
                err.printf(
                        "interrupted: %d of %d parts (%d of %d bytes) are stored in S3 under upload %s, which is"
                                + " kept so it can be resumed%n",
                        last == null ? 0 : last.partsDone(),
                        last == null ? 0 : last.partsTotal(),
                        last == null ? 0 : last.bytesDone(),
                        last == null ? 0 : last.bytesTotal(),
                        uploadId);
                err.println("  resume: " + command.apply(new String[] {"--resume"}));
                err.println("  abort:  " + command.apply(new String[] {"--abort"}));
            }
            err.flush();
        }
    }

    @Override
    public synchronized void close() {
        finished = true;
        if (task != null) {
            task.close();
        }
    }
}
