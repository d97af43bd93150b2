package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.DownloadListener;
import dev.awsrecipes.s3.DownloadProgress;
import dev.awsrecipes.s3.UploadListener;
import dev.awsrecipes.s3.UploadProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the parts and bytes a transfer (upload or download) has finished and tells its listener, one
 * report at a time so the numbers only grow. A listener that throws is logged and ignored: its bug must
 * not break (and abort) a transfer that is going fine.
 */
final class PartProgressCounter {
    private static final Logger LOG = LoggerFactory.getLogger(PartProgressCounter.class);

    /** Where the counts go, as the transfer's own progress type. */
    @FunctionalInterface
    private interface Progress {
        void progress(long bytesDone, long bytesTotal, int partsDone, int partsTotal);
    }

    /** Where retries go. */
    @FunctionalInterface
    private interface Retries {
        void retried(int partNumber, int attempt, Throwable error);
    }

    private final String transfer;
    private final Progress progress;
    private final Retries retries;
    private final long bytesTotal;
    private final int partsTotal;
    private long bytesDone;
    private int partsDone;

    private PartProgressCounter(String transfer, Progress progress, Retries retries, long bytesTotal, int partsTotal) {
        this.transfer = transfer;
        this.progress = progress;
        this.retries = retries;
        this.bytesTotal = bytesTotal;
        this.partsTotal = partsTotal;
    }

    static PartProgressCounter upload(UploadListener listener, long bytesTotal, int partsTotal) {
        return new PartProgressCounter(
                "upload",
                (done, total, parts, of) -> listener.progress(new UploadProgress(done, total, parts, of)),
                listener::partRetried,
                bytesTotal,
                partsTotal);
    }

    static PartProgressCounter download(DownloadListener listener, long bytesTotal, int partsTotal) {
        return new PartProgressCounter(
                "download",
                (done, total, parts, of) -> listener.progress(new DownloadProgress(done, total, parts, of)),
                listener::partRetried,
                bytesTotal,
                partsTotal);
    }

    /** Reports the start from nothing. */
    synchronized void start() {
        start(0, 0);
    }

    /** Reports the start, counting what an earlier run already finished. */
    synchronized void start(long bytesKept, int partsKept) {
        bytesDone = bytesKept;
        partsDone = partsKept;
        report();
    }

    synchronized void partDone(long bytes) {
        bytesDone += bytes;
        partsDone++;
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
            progress.progress(bytesDone, bytesTotal, partsDone, partsTotal);
        } catch (RuntimeException e) {
            LOG.warn("{} listener failed on a progress report; the {} goes on", transfer, transfer, e);
        }
    }
}
