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
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Files under the multipart threshold: one {@code PutObject} with the file's checksum in the spec's
 * algorithm (retried like a part), then verified.
 *
 * <p>The verification is the {@code PutObject} response itself when it carries the checksum in that
 * algorithm: S3 computes the checksum of the bytes it received and refuses the request ({@code BadDigest})
 * when it differs from the one we sent, and a short body is refused too ({@code IncompleteBody}), so a
 * success that names our checksum says the stored object has exactly the file's bytes. A {@code HeadObject}
 * afterwards would ask the same server the same question a second time (it reads the same stored checksum)
 * and doubled the requests of a tree of small files (2,000 files of 4 KiB: 4,000 requests instead of 2,000).
 * A response without the checksum (a server that does not echo it), or with another one, is still checked
 * with {@code HeadObject}, so nothing goes unverified.
 */
final class UploadSinglePut {
    private UploadSinglePut() {}

    static UploadResult put(S3Client s3, UploadSpec spec, long size, BandwidthLimiter limiter) throws IOException {
        ProgressCounter<UploadProgress> progress = ProgressCounter.upload(spec.listener());
        progress.start(size, 1);
        String checksum;
        UploadChecksum algorithm = UploadChecksum.of(spec.checksumAlgorithm());
        PutObjectResponse put;
        try (FileChannel channel = FileChannel.open(spec.file(), StandardOpenOption.READ)) {
            checksum = algorithm.of(channel, 0, size);
            // The value alone, without naming the algorithm: see MultipartParts#sendWithRetries.
            put = TransferRetryPolicy.withRetries(
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
        String eTag = provenByResponse(put, size, algorithm, checksum)
                ? put.eTag()
                : UploadVerifier.verify(s3, spec.bucket(), spec.key(), size, algorithm, checksum)
                        .eTag();
        progress.done(size);
        return new UploadResult(spec.bucket(), spec.key(), size, eTag, 1, size, checksum, 0, spec.checksumAlgorithm());
    }

    /**
     * Whether the response proves the object holds the file: S3 names the checksum it computed in the
     * upload's algorithm, equal to the file's, and the size when it reports one ({@code x-amz-object-size},
     * sent by some servers) equals the file's. Anything else goes to {@code HeadObject}, which fails with
     * what differs.
     */
    static boolean provenByResponse(PutObjectResponse put, long size, UploadChecksum algorithm, String checksum) {
        return put != null
                && checksum.equals(algorithm.storedIn(put))
                && (put.size() == null || put.size() == size)
                && put.eTag() != null;
    }
}
