package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.s3.ChecksumCheck;
import dev.awsrecipes.s3.DownloadMismatchException;
import dev.awsrecipes.s3.DownloadProgress;
import dev.awsrecipes.s3.DownloadResult;
import dev.awsrecipes.s3.DownloadSpec;
import dev.awsrecipes.s3.LocalFileException;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S15 to a stream (stdout): a stream takes bytes in order, so ranges are fetched ahead in parallel,
 * each into a buffer of its own, and written as their turn comes. At most {@code concurrency} ranges
 * are held at once, so memory is bounded by {@code concurrency × partSize} whatever the object's size.
 * The checksum is checked at the end; a mismatch can then no longer be unwritten, so it is an error
 * the caller must act on (the command line exits with 1).
 *
 * <p>Not {@link TransferParts} (nor {@link dev.awsrecipes.core.ParallelCalls}), whose results come back
 * only when every call has ended: here each range is written as soon as it and those before it are in,
 * while the next ones are fetched, and a range is fetched only when a buffer is free. The fetches are
 * {@link RunOnce} tasks on the context's executor; the writing thread fetches the next range itself if
 * no executor thread has started it. On a failure the transfer's {@link TransferStop} ends the fetches
 * in flight at their next buffer, and they are waited for before the error is thrown.
 */
record StreamDownloader(S3Client s3, Executor executor, DownloadSpec spec, DownloadPlan plan) {
    private static final Logger LOG = LoggerFactory.getLogger(StreamDownloader.class);

    /** One range's bytes and CRC. */
    private record Fetched(DownloadPlan.Range range, byte[] bytes, long crc) {}

    DownloadResult download() throws InterruptedException {
        List<DownloadPlan.Range> ranges = plan.ranges();
        ProgressCounter<DownloadProgress> progress = ProgressCounter.download(spec.listener());
        progress.start(plan.size(), ranges.size());
        TransferStop stop = new TransferStop();
        RangeFetcher fetcher = new RangeFetcher(s3, spec, plan, progress, stop);
        long[] crcs = new long[ranges.size()];
        // Digests (SHA, the MD5 of an ETag) cannot be put together from ranges: they take the bytes in order.
        boolean inOrder = plan.checksum().filter(c -> !c.algorithm().isCrc()).isPresent();
        List<byte[]> partDigests = new ArrayList<>();
        MessageDigest digest = null;
        int digestPart = -1;
        Deque<RunOnce<Fetched>> ahead = new ArrayDeque<>();
        try {
            int next = 0;
            for (int written = 0; written < ranges.size(); written++) {
                while (next < ranges.size() && ahead.size() < spec.concurrency()) {
                    DownloadPlan.Range range = ranges.get(next++);
                    ahead.add(RunOnce.submit(executor, () -> fetchIntoMemory(fetcher, range)));
                }
                Fetched f = ahead.poll().join();
                write(f.bytes());
                crcs[f.range().index()] = f.crc();
                if (inOrder) {
                    if (f.range().objectPart() != digestPart) {
                        if (digest != null) {
                            partDigests.add(digest.digest());
                        }
                        digest = plan.checksum().get().algorithm().newDigest();
                        digestPart = f.range().objectPart();
                    }
                    digest.update(f.bytes());
                }
                progress.done(f.range().length());
            }
            flush();
        } catch (RuntimeException | Error e) {
            // The fetches ahead end at their next buffer; none is left running when the error goes up.
            stop.raise();
            ahead.forEach(RunOnce::cancelAndAwait);
            throw e;
        }
        if (inOrder) {
            partDigests.add(
                    digest != null
                            ? digest.digest()
                            : plan.checksum().get().algorithm().newDigest().digest());
        }
        ChecksumCheck checksum = verify(crcs, partDigests);
        LOG.info(
                "streamed s3://{}/{}: {} bytes in {} ranges, {}",
                spec.bucket(),
                spec.key(),
                plan.size(),
                ranges.size(),
                checksum.text());
        return new DownloadResult(
                spec.bucket(),
                spec.key(),
                plan.size(),
                null,
                plan.eTag(),
                ranges.size(),
                plan.partSize(),
                checksum,
                0,
                fetcher.bytesFetched());
    }

    private Fetched fetchIntoMemory(RangeFetcher fetcher, DownloadPlan.Range range) throws InterruptedException {
        byte[] bytes = new byte[(int) range.length()];
        long crc =
                fetcher.fetch(range, (r, at, buffer, off, len) -> System.arraycopy(buffer, off, bytes, (int) at, len));
        return new Fetched(range, bytes, crc);
    }

    private void write(byte[] bytes) {
        try {
            out().write(bytes);
        } catch (IOException e) {
            throw new LocalFileException(null, "write to", e);
        }
    }

    private void flush() {
        try {
            out().flush();
        } catch (IOException e) {
            throw new LocalFileException(null, "write to", e);
        }
    }

    private ChecksumCheck verify(long[] crcs, List<byte[]> partDigests) {
        try {
            return DownloadVerifier.verify(spec.bucket(), spec.key(), plan, crcs, () -> partDigests);
        } catch (DownloadMismatchException e) {
            // As in FileDownloader: a layout taken as uniform from the first and last parts may be wrong in
            // the middle. A stream cannot be read back, so the honest answer is "not verified", not "damaged".
            if (ObjectLayout.correctedLayout(s3, spec.bucket(), spec.key(), plan)
                    .isEmpty()) {
                throw e;
            }
            throw new AwsRecipesException("s3://" + spec.bucket() + "/" + spec.key()
                    + " was written out but not verified: its parts differ in size in the middle, which a download"
                    + " to a stream learns too late to check; download it to a file to verify it");
        }
    }

    /** The stream the spec names; a stream download has one. */
    private OutputStream out() {
        return spec.output().orElseThrow();
    }
}
