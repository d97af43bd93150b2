package dev.awsrecipes.s3;

import java.nio.file.Path;

/**
 * Hears how an upload goes. Called from the upload's worker threads, one call at a time per event but
 * possibly from several threads: keep it quick and thread-safe.
 *
 * <pre>{@code
 * transfers.upload(u -> u.bucket("b").key("k").file(path)
 *         .listener(p -> log.info("{} of {} bytes", p.bytesDone(), p.bytesTotal())));
 * }</pre>
 */
@FunctionalInterface
public interface UploadListener {

    /** A listener that ignores everything. */
    static UploadListener none() {
        return progress -> {};
    }

    /** Called once when the work is known, then after every part that is stored. */
    void progress(UploadProgress progress);

    /**
     * Called when a part failed with a transient error and will be sent again.
     *
     * @param partNumber the part, from 1
     * @param attempt the attempt that failed, from 1
     * @param error what went wrong
     */
    default void partRetried(int partNumber, int attempt, Throwable error) {}

    /**
     * Called once a multipart upload exists in S3 and its resume state is written, before any part is
     * sent: from here on, an interrupted process leaves this upload behind, to be resumed or aborted.
     *
     * @param uploadId S3's id of the upload
     * @param stateFile the file that lets a later run resume it
     * @param resumed whether an earlier, interrupted upload is being continued
     */
    default void multipartStarted(String uploadId, Path stateFile, boolean resumed) {}
}
