package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.DownloadListener;
import dev.awsrecipes.s3.DownloadProgress;
import dev.awsrecipes.s3.TreeUploadListener;
import dev.awsrecipes.s3.TreeUploadListener.TreeUploadProgress;
import dev.awsrecipes.s3.UploadListener;
import dev.awsrecipes.s3.UploadProgress;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the units (an upload's or a download's parts, a tree's files) and bytes a transfer has finished
 * and tells its listener, one report at a time so the numbers only grow. A listener that throws is logged
 * and ignored: its bug must not break (and abort) a transfer that is going fine.
 *
 * @param <P> the transfer's own progress type, as its listener hears it
 */
final class ProgressCounter<P> {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressCounter.class);

    /** Makes the transfer's progress report from the counts. */
    @FunctionalInterface
    private interface Report<P> {
        P of(long bytesDone, long bytesTotal, int unitsDone, int unitsTotal);
    }

    /** Where retries of a part go. */
    @FunctionalInterface
    private interface Retries {
        void retried(int partNumber, int attempt, Throwable error);
    }

    private final String transfer;
    private final Report<P> report;
    private final Consumer<P> listener;
    private final Retries retries;
    private long bytesTotal;
    private int unitsTotal;
    private long bytesDone;
    private int unitsDone;

    private ProgressCounter(String transfer, Report<P> report, Consumer<P> listener, Retries retries) {
        this.transfer = transfer;
        this.report = report;
        this.listener = listener;
        this.retries = retries;
    }

    static ProgressCounter<UploadProgress> upload(UploadListener listener) {
        return new ProgressCounter<>("upload", UploadProgress::new, listener::progress, listener::partRetried);
    }

    static ProgressCounter<DownloadProgress> download(DownloadListener listener) {
        return new ProgressCounter<>("download", DownloadProgress::new, listener::progress, listener::partRetried);
    }

    /** A tree's files: a file is not retried as a whole (its parts are, by its own upload). */
    static ProgressCounter<TreeUploadProgress> tree(TreeUploadListener listener) {
        Report<TreeUploadProgress> files =
                (bytes, bytesOf, done, of) -> new TreeUploadProgress(done, of, bytes, bytesOf);
        return new ProgressCounter<>("tree upload", files, listener::progress, (part, attempt, error) -> {});
    }

    /** Reports the start from nothing, once the work is known. */
    synchronized void start(long bytesTotal, int unitsTotal) {
        start(bytesTotal, unitsTotal, 0, 0);
    }

    /** Reports the start, counting what an earlier run already finished. */
    synchronized void start(long bytesTotal, int unitsTotal, long bytesKept, int unitsKept) {
        this.bytesTotal = bytesTotal;
        this.unitsTotal = unitsTotal;
        bytesDone = bytesKept;
        unitsDone = unitsKept;
        report();
    }

    /** The work grew (a stream's next part was read): counted in the totals of the next report. */
    synchronized void grow(long bytes, int units) {
        bytesTotal += bytes;
        unitsTotal += units;
    }

    /** One more part (or file) is finished, with this many bytes. */
    synchronized void done(long bytes) {
        bytesDone += bytes;
        unitsDone++;
        report();
    }

    void retried(int partNumber, int attempt, Throwable error) {
        try {
            retries.retried(partNumber, attempt, error);
        } catch (RuntimeException e) {
            LOG.warn("{} listener failed on a retry report; the {} goes on", transfer, transfer, e);
        }
    }

    private void report() {
        try {
            listener.accept(report.of(bytesDone, bytesTotal, unitsDone, unitsTotal));
        } catch (RuntimeException e) {
            LOG.warn("{} listener failed on a progress report; the {} goes on", transfer, transfer, e);
        }
    }
}
