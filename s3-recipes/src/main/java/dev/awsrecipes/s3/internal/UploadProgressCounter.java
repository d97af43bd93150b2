package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.UploadListener;
import dev.awsrecipes.s3.UploadProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts stored parts and bytes and tells the listener, one report at a time so the numbers only grow. */
final class UploadProgressCounter {
    private static final Logger LOG = LoggerFactory.getLogger(UploadProgressCounter.class);

    private final UploadListener listener;
    private final long bytesTotal;
    private final int partsTotal;
    private long bytesDone;
    private int partsDone;

    UploadProgressCounter(UploadListener listener, long bytesTotal, int partsTotal) {
        this.listener = listener;
        this.bytesTotal = bytesTotal;
        this.partsTotal = partsTotal;
    }

    synchronized void start() {
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
            LOG.warn("upload listener failed on a retry report; the upload goes on", e);
        }
    }

    private void report() {
        try {
            listener.progress(new UploadProgress(bytesDone, bytesTotal, partsDone, partsTotal));
        } catch (RuntimeException e) {
            // A listener's bug must not break (and abort) an upload that is going fine.
            LOG.warn("upload listener failed on a progress report; the upload goes on", e);
        }
    }
}
