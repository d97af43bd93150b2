package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.s3.DownloadProgress;
import dev.awsrecipes.s3.DownloadSpec;
import dev.awsrecipes.s3.LocalFileException;
import dev.awsrecipes.s3.ObjectChangedException;
import dev.awsrecipes.s3.PartFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.Checksum;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * One ranged GET for one or several consecutive ranges, pinned to the object's ETag (If-Match), its bytes
 * handed to a sink as they arrive and checksummed range by range on the way; retried on transient
 * failures from the first range not yet done. A changed object (412) and a failing
 * sink (a full disk) end the download at once: neither gets better by asking again.
 */
final class RangeFetcher {
    /**
     * Bytes gathered from the connection before one write to the sink. Small on purpose: the bytes pass
     * through this buffer and the JDK's per-thread I/O buffer on their way from the socket to the page
     * cache, and with eight ranges in flight on two cores, buffers that stay in the CPU's cache make those
     * copies cheap. Measured (perf, 4 GiB download against versitygw): with 256 KiB the kernel's copy into
     * the page cache was a fifth of all CPU samples and the process used 6 to 8 s of system time; with
     * 32 KiB, 2.6 to 3.4 s, as much as s5cmd.
     */
    static final int BUFFER = 32 * 1024;

    /** Where a range's bytes go. */
    @FunctionalInterface
    interface Sink {
        /** Bytes {@code [off, off + len)} of {@code bytes} are the range's bytes from {@code positionInRange}. */
        void write(DownloadPlan.Range range, long positionInRange, byte[] bytes, int off, int len) throws IOException;
    }

    private final S3Client s3;
    private final DownloadSpec spec;
    private final DownloadPlan plan;
    private final ProgressCounter<DownloadProgress> progress;
    private final TransferStop stop;
    private final AtomicLong bytesFetched = new AtomicLong();
    /** One per download, so that all its ranges together keep to the spec's bandwidth. */
    private final BandwidthLimiter limiter;

    /**
     * A fetcher for the ranges of one download; once {@code stop} is raised (another range failed for
     * good) a range being received is given up at the next buffer and none is tried again.
     */
    RangeFetcher(
            S3Client s3,
            DownloadSpec spec,
            DownloadPlan plan,
            ProgressCounter<DownloadProgress> progress,
            TransferStop stop) {
        this.s3 = s3;
        this.spec = spec;
        this.plan = plan;
        this.progress = progress;
        this.stop = stop;
        this.limiter = BandwidthLimiter.of(spec.maxBandwidth());
    }

    /** Bytes received from S3 and written so far, including what an attempt that failed had written. */
    long bytesFetched() {
        return bytesFetched.get();
    }

    /** What is told each range's CRC (of {@link DownloadPlan#rangeCrc()}) once all its bytes are in the sink. */
    @FunctionalInterface
    interface RangeDone {
        void done(DownloadPlan.Range range, long crc);
    }

    /** The range's CRC (of {@link DownloadPlan#rangeCrc()}), once all its bytes are in the sink. */
    long fetch(DownloadPlan.Range range, Sink sink) throws InterruptedException {
        long[] crc = new long[1];
        fetch(List.of(range), sink, (r, c) -> crc[0] = c);
        return crc[0];
    }

    /**
     * Fetches consecutive ranges (a run of the plan's, adjoining, in order) with one GET, each range
     * checksummed on its own and handed to {@code done} as soon as its last byte is in the sink. An
     * attempt that fails is followed by a GET from the first range not yet done: what was done stays.
     */
    void fetch(List<DownloadPlan.Range> ranges, Sink sink, RangeDone done) throws InterruptedException {
        fetch(ranges, null, sink, done);
    }

    /**
     * {@link #fetch(List, Sink, RangeDone)} whose first attempt reads {@code opened} (when not null): the
     * unread body of a GET already sent for exactly these ranges (the whole object, by {@link
     * ObjectDownloads#open}), so a small object costs that one request. It is closed here in every case; a
     * retry asks for the ranges not yet done with a ranged GET, as any other attempt does.
     */
    void fetch(
            List<DownloadPlan.Range> ranges, ResponseInputStream<GetObjectResponse> opened, Sink sink, RangeDone done)
            throws InterruptedException {
        int[] next = {0}; // the first range not yet done, across attempts
        AtomicReference<ResponseInputStream<GetObjectResponse>> firstBody = new AtomicReference<>(opened);
        try {
            TransferRetryPolicy.withRetries(
                    ranges.get(0).number(), spec.partAttempts(), progress::retried, stop, () -> {
                        ResponseInputStream<GetObjectResponse> body = firstBody.getAndSet(null);
                        receive(body != null ? body : get(ranges, next), ranges, next, sink, done);
                        return null;
                    });
        } catch (PartFailedException e) {
            if (e.getCause() instanceof LocalFileException || e.getCause() instanceof ObjectChangedException) {
                throw (AwsRecipesException) e.getCause();
            }
            throw e;
        }
    }

    /** One ranged GET for {@code ranges} from index {@code next[0]} on, its body not yet read. */
    private ResponseInputStream<GetObjectResponse> get(List<DownloadPlan.Range> ranges, int[] next) {
        long first = ranges.get(next[0]).offset();
        long last = lastByte(ranges);
        try {
            return s3.getObject(r -> r.bucket(spec.bucket())
                    .key(spec.key())
                    .range("bytes=" + first + "-" + last)
                    .ifMatch(plan.eTag()));
        } catch (S3Exception e) {
            if (e.statusCode() == 412) {
                throw new ObjectChangedException(spec.bucket(), spec.key(), plan.eTag(), e);
            }
            throw e;
        }
    }

    private static long lastByte(List<DownloadPlan.Range> ranges) {
        DownloadPlan.Range lastRange = ranges.get(ranges.size() - 1);
        return lastRange.offset() + lastRange.length() - 1;
    }

    /**
     * Reads a GET's body, which holds {@code ranges} from index {@code next[0]} on, into the sink; {@code
     * next[0]} moves past each range done. The body is closed, and aborted when not read to its end.
     */
    private void receive(
            ResponseInputStream<GetObjectResponse> in,
            List<DownloadPlan.Range> ranges,
            int[] next,
            Sink sink,
            RangeDone done) {
        long first = ranges.get(next[0]).offset();
        long last = lastByte(ranges);
        boolean complete = false;
        try {
            Long length = in.response().contentLength();
            if (length == null || length != last - first + 1) {
                throw new UncheckedIOException(new IOException(
                        "asked for " + (last - first + 1) + " bytes at " + first + ", S3 is sending " + length));
            }
            byte[] buffer = new byte[(int) Math.min(BUFFER, last - first + 1)];
            while (next[0] < ranges.size()) {
                DownloadPlan.Range range = ranges.get(next[0]);
                done.done(range, copy(in, range, sink, buffer));
                next[0]++;
            }
            complete = true;
        } finally {
            if (!complete) {
                in.abort(); // do not drain the rest of a range that is being given up
            }
            closeQuietly(in);
        }
    }

    private long copy(InputStream in, DownloadPlan.Range range, Sink sink, byte[] buffer) {
        Checksum crc = plan.rangeCrc().newCrc();
        long position = 0;
        while (position < range.length()) {
            stop.check();
            int filled = fill(in, buffer, (int) Math.min(buffer.length, range.length() - position));
            if (filled == 0) {
                throw new UncheckedIOException(new IOException(
                        "range " + range.number() + " ended after " + position + " of " + range.length() + " bytes"));
            }
            crc.update(buffer, 0, filled);
            try {
                sink.write(range, position, buffer, 0, filled);
            } catch (IOException e) {
                throw new LocalFileException(spec.file().orElse(null), "write", e);
            }
            position += filled;
            bytesFetched.addAndGet(filled);
            throttle(filled);
        }
        return crc.getValue();
    }

    /** Waits as the bandwidth limit requires; an interrupted wait ends the range, not retried. */
    private void throttle(int bytes) {
        try {
            limiter.take(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(
                    new InterruptedIOException("interrupted while holding the download to its bandwidth"));
        }
    }

    /** Reads until {@code want} bytes are in the buffer or the stream ends; network errors are transient. */
    private static int fill(InputStream in, byte[] buffer, int want) {
        int filled = 0;
        try {
            while (filled < want) {
                int n = in.read(buffer, filled, want - filled);
                if (n < 0) {
                    break;
                }
                filled += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return filled;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException | RuntimeException e) {
            // the range is done or already failed; a close error changes nothing
        }
    }
}
