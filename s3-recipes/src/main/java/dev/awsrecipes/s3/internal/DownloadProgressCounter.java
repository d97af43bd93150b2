package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.DownloadListener;
import dev.awsrecipes.s3.DownloadProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts written ranges and bytes and tells the listener, one report at a time so the numbers only grow. */
final class DownloadProgressCounter {
    private static final Logger LOG = LoggerFactory.getLogger(DownloadProgressCounter.class);

    private final DownloadListener listener;
    private final long bytesTotal;
    private final int partsTotal;
    private long bytesDone;
    private int partsDone;

    DownloadProgressCounter(DownloadListener listener, long bytesTotal, int partsTotal) {
        this.listener = listener;
        this.bytesTotal = bytesTotal;
        this.partsTotal = partsTotal;
    }

    /** Reports the start, counting what an earlier run already wrote. */
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
            listener.partRetried(partNumber, attempt, error);
        } catch (RuntimeException e) {
            LOG.warn("download listener failed on a retry report; the download goes on", e);
        }
    }

    private void report() {
        try {
            listener.progress(new DownloadProgress(bytesDone, bytesTotal, partsDone, partsTotal));
        } catch (RuntimeException e) {
            LOG.warn("download listener failed on a progress report; the download goes on", e);
        }
    }
}
