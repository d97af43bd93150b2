package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.s3.UploadProgress;
import dev.awsrecipes.s3.UploadSpec;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Part;

/**
 * Sends the parts of one multipart upload, {@code concurrency} at a time on the context's executor
 * ({@link TransferParts}). Each part is read from the file by position twice: once to compute its CRC32C,
 * once while it is sent with that CRC32C (S3 refuses the part if the bytes it got do not match). A part
 * that S3 already holds with the same size and CRC32C (a resumed upload) is kept, not sent. Reads
 * while sending are held to the upload's {@link BandwidthLimiter}.
 */
record MultipartParts(
        S3Client s3,
        Executor executor,
        UploadSpec spec,
        String uploadId,
        FileChannel channel,
        Map<Integer, Part> alreadyStored,
        ProgressCounter<UploadProgress> progress,
        TransferStop stop,
        BandwidthLimiter limiter) {
    /** A part that S3 holds, with the CRC32C the local file has for the same range. */
    record SentPart(int number, String eTag, int crc32c, boolean kept) {}

    /** Every part stored, in part order; on the first part that fails for good, the others are stopped. */
    List<SentPart> sendAll(List<PartRange> ranges) {
        try {
            return TransferParts.run(executor, spec.concurrency(), stop, ranges, this::send);
        } catch (AwsRecipesException e) {
            if (e.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new AwsRecipesException(
                        "upload of s3://" + spec.bucket() + "/" + spec.key() + " was interrupted", e.getCause());
            }
            throw e;
        }
    }

    private SentPart send(PartRange range) throws IOException, InterruptedException {
        int crc = MultipartChecksums.crc32c(channel, range.offset(), range.length());
        String checksum = MultipartChecksums.base64(crc);
        Part stored = alreadyStored.get(range.number());
        if (stored != null && stored.size() == range.length() && checksum.equals(stored.checksumCRC32C())) {
            progress.done(range.length());
            return new SentPart(range.number(), stored.eTag(), crc, true);
        }
        String eTag = sendWithRetries(range, checksum);
        progress.done(range.length());
        return new SentPart(range.number(), eTag, crc, false);
    }

    /**
     * The part with its CRC32C in the {@code x-amz-checksum-crc32c} header only. Naming the algorithm too
     * ({@code checksumAlgorithm}) made an SDK client with its default settings over plain HTTP announce
     * the same checksum again as a trailer, which versitygw refuses ("Multiple checksum Types are not
     * allowed"); with the value alone the SDK neither adds nor computes a checksum of its own.
     */
    private String sendWithRetries(PartRange range, String checksum) throws InterruptedException {
        return TransferRetryPolicy.withRetries(
                range.number(), spec.partAttempts(), progress::retried, stop, () -> s3.uploadPart(
                                r -> r.bucket(spec.bucket())
                                        .key(spec.key())
                                        .uploadId(uploadId)
                                        .partNumber(range.number())
                                        .contentLength(range.length())
                                        .checksumCRC32C(checksum),
                                RequestBody.fromContentProvider(
                                        () -> limiter.throttle(
                                                new TransferFileSlice(channel, range.offset(), range.length(), stop)),
                                        range.length(),
                                        "application/octet-stream"))
                        .eTag());
    }
}
