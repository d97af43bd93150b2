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
 * ({@link TransferParts}). Each part is read from the file by position twice: once to compute its checksum
 * (in the spec's algorithm), once while it is sent with it (S3 refuses the part if the bytes it got do not
 * match). A part that S3 already holds with the same size and checksum (a resumed upload) is kept, not sent.
 * Reads while sending are held to the upload's {@link BandwidthLimiter}.
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
    /** A part that S3 holds, with the checksum (base64) the local file has for the same range. */
    record SentPart(int number, String eTag, String checksum, boolean kept) {
        /** A part sent with a CRC32C. */
        SentPart(int number, String eTag, int crc32c, boolean kept) {
            this(number, eTag, MultipartChecksums.base64(crc32c), kept);
        }

        /** The CRC32C of a part sent with one (as a stream upload sends every part). */
        int crc32c() {
            return java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(checksum))
                    .getInt();
        }
    }

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
        UploadChecksum algorithm = UploadChecksum.of(spec.checksumAlgorithm());
        String checksum = algorithm.of(channel, range.offset(), range.length());
        Part stored = alreadyStored.get(range.number());
        if (stored != null && stored.size() == range.length() && checksum.equals(algorithm.storedIn(stored))) {
            progress.done(range.length());
            return new SentPart(range.number(), stored.eTag(), checksum, true);
        }
        String eTag = sendWithRetries(range, algorithm, checksum);
        progress.done(range.length());
        return new SentPart(range.number(), eTag, checksum, false);
    }

    /**
     * The part with its checksum in the {@code x-amz-checksum-<algorithm>} header only. Naming the algorithm too
     * ({@code checksumAlgorithm}) made an SDK client with its default settings over plain HTTP announce
     * the same checksum again as a trailer, which versitygw refuses ("Multiple checksum Types are not
     * allowed"); with the value alone the SDK neither adds nor computes a checksum of its own.
     */
    private String sendWithRetries(PartRange range, UploadChecksum algorithm, String checksum)
            throws InterruptedException {
        return TransferRetryPolicy.withRetries(
                range.number(), spec.partAttempts(), progress::retried, stop, () -> s3.uploadPart(
                                r -> algorithm.on(
                                        r.bucket(spec.bucket())
                                                .key(spec.key())
                                                .uploadId(uploadId)
                                                .partNumber(range.number())
                                                .contentLength(range.length()),
                                        checksum),
                                RequestBody.fromContentProvider(
                                        () -> limiter.throttle(
                                                new TransferFileSlice(channel, range.offset(), range.length(), stop)),
                                        range.length(),
                                        "application/octet-stream"))
                        .eTag());
    }
}
