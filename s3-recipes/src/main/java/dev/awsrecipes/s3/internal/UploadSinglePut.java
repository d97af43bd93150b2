package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.s3.UploadProgress;
import dev.awsrecipes.s3.UploadResult;
import dev.awsrecipes.s3.UploadSpec;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Files under the multipart threshold: one {@code PutObject} with the file's checksum in the spec's
 * algorithm (retried like a part), then verified.
 */
final class UploadSinglePut {
    private UploadSinglePut() {}

    static UploadResult put(S3Client s3, UploadSpec spec, long size, BandwidthLimiter limiter) throws IOException {
        ProgressCounter<UploadProgress> progress = ProgressCounter.upload(spec.listener());
        progress.start(size, 1);
        String checksum;
        UploadChecksum algorithm = UploadChecksum.of(spec.checksumAlgorithm());
        try (FileChannel channel = FileChannel.open(spec.file(), StandardOpenOption.READ)) {
            checksum = algorithm.of(channel, 0, size);
            // The value alone, without naming the algorithm: see MultipartParts#sendWithRetries.
            TransferRetryPolicy.withRetries(
                    1,
                    spec.partAttempts(),
                    progress::retried,
                    () -> s3.putObject(
                            r -> {
                                r.bucket(spec.bucket()).key(spec.key()).contentLength(size);
                                algorithm.on(r, checksum);
                                spec.contentType().ifPresent(r::contentType);
                            },
                            RequestBody.fromContentProvider(
                                    () -> limiter.throttle(new TransferFileSlice(channel, 0, size)),
                                    size,
                                    spec.contentType().orElse("application/octet-stream"))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsRecipesException("upload of s3://" + spec.bucket() + "/" + spec.key() + " was interrupted", e);
        }
        HeadObjectResponse head = UploadVerifier.verify(s3, spec.bucket(), spec.key(), size, algorithm, checksum);
        progress.done(size);
        return new UploadResult(
                spec.bucket(), spec.key(), size, head.eTag(), 1, size, checksum, 0, spec.checksumAlgorithm());
    }
}
