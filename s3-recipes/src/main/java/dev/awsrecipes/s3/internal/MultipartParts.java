package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.s3.UploadSpec;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.Part;

/**
 * Sends the parts of one multipart upload on a pool of {@code concurrency} threads that lives as long
 * as the upload. Each part is read from the file by position twice: once to compute its CRC32C, once
 * while it is sent with that CRC32C (S3 refuses the part if the bytes it got do not match). A part that
 * S3 already holds with the same size and CRC32C (a resumed upload) is kept, not sent.
 */
final class MultipartParts {
    private static final Logger LOG = LoggerFactory.getLogger(MultipartParts.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /** A part that S3 holds, with the CRC32C the local file has for the same range. */
    record SentPart(int number, String eTag, int crc32c, boolean kept) {}

    private final S3Client s3;
    private final UploadSpec spec;
    private final String uploadId;
    private final FileChannel channel;
    private final Map<Integer, Part> alreadyStored;
    private final PartProgressCounter progress;

    MultipartParts(
            S3Client s3,
            UploadSpec spec,
            String uploadId,
            FileChannel channel,
            Map<Integer, Part> alreadyStored,
            PartProgressCounter progress) {
        this.s3 = s3;
        this.spec = spec;
        this.uploadId = uploadId;
        this.channel = channel;
        this.alreadyStored = alreadyStored;
        this.progress = progress;
    }

    /** Every part stored, in part order; on the first part that fails for good, the others are stopped. */
    List<SentPart> sendAll(List<PartRange> ranges) {
        ExecutorService pool = Executors.newFixedThreadPool(spec.concurrency(), threads());
        try {
            CompletionService<SentPart> done = new ExecutorCompletionService<>(pool);
            ranges.forEach(range -> done.submit(() -> send(range)));
            List<SentPart> sent = new ArrayList<>(ranges.size());
            for (int i = 0; i < ranges.size(); i++) {
                sent.add(done.take().get());
            }
            sent.sort(Comparator.comparingInt(SentPart::number));
            return sent;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new AwsRecipesException(e.getCause().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsRecipesException("upload of s3://" + spec.bucket() + "/" + spec.key() + " was interrupted", e);
        } finally {
            stop(pool);
        }
    }

    private SentPart send(PartRange range) throws IOException, InterruptedException {
        int crc = MultipartChecksums.crc32c(channel, range.offset(), range.length());
        String checksum = MultipartChecksums.base64(crc);
        Part stored = alreadyStored.get(range.number());
        if (stored != null && stored.size() == range.length() && checksum.equals(stored.checksumCRC32C())) {
            progress.partDone(range.length());
            return new SentPart(range.number(), stored.eTag(), crc, true);
        }
        String eTag = sendWithRetries(range, checksum);
        progress.partDone(range.length());
        return new SentPart(range.number(), eTag, crc, false);
    }

    private String sendWithRetries(PartRange range, String checksum) throws InterruptedException {
        return TransferRetryPolicy.withRetries(
                range.number(), spec.partAttempts(), progress::retried, () -> s3.uploadPart(
                                r -> r.bucket(spec.bucket())
                                        .key(spec.key())
                                        .uploadId(uploadId)
                                        .partNumber(range.number())
                                        .contentLength(range.length())
                                        .checksumAlgorithm(ChecksumAlgorithm.CRC32_C)
                                        .checksumCRC32C(checksum),
                                RequestBody.fromContentProvider(
                                        () -> new TransferFileSlice(channel, range.offset(), range.length()),
                                        range.length(),
                                        "application/octet-stream"))
                        .eTag());
    }

    /** Stops the pool and waits (bounded) for parts in flight, so an abort that follows frees them all. */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("parts still in flight after {}; aborting anyway", STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "s3-upload-part-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
