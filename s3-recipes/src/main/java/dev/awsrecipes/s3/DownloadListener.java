package dev.awsrecipes.s3;

/**
 * Hears how a download goes. Called from the download's worker threads, one call at a time but possibly
 * from several threads: keep it quick and thread-safe.
 *
 * <pre>{@code
 * transfers.download(d -> d.bucket("b").key("k").file(path)
 *         .listener(p -> log.info("{} of {} bytes", p.bytesDone(), p.bytesTotal())));
 * }</pre>
 */
@FunctionalInterface
public interface DownloadListener {

    /** A listener that ignores everything. */
    static DownloadListener none() {
        return progress -> {};
    }

    /** Called once when the work is known, then after every part that is written. */
    void progress(DownloadProgress progress);

    /**
     * Called when a part failed with a transient error and will be fetched again.
     *
     * @param partNumber the part, from 1
     * @param attempt the attempt that failed, from 1
     * @param error what went wrong
     */
    default void partRetried(int partNumber, int attempt, Throwable error) {}
}
