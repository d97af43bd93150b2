package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.UploadMismatchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Reads the stored object back with {@code HeadObject} (checksum mode on) and compares its size and
 * checksum with those computed from the local file. A separate call from the upload itself, so what is
 * checked is what S3 now serves.
 */
final class UploadVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(UploadVerifier.class);

    private UploadVerifier() {}

    /** {@link #verify(S3Client, String, String, long, UploadChecksum, String)} of a CRC32C. */
    static HeadObjectResponse verify(S3Client s3, String bucket, String key, long size, String expectedChecksum) {
        return verify(s3, bucket, key, size, UploadChecksum.CRC32C, expectedChecksum);
    }

    /** The object's metadata, once it matches; otherwise an {@link UploadMismatchException}. */
    static HeadObjectResponse verify(
            S3Client s3, String bucket, String key, long size, UploadChecksum algorithm, String expectedChecksum) {
        HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(key).checksumMode(ChecksumMode.ENABLED));
        if (head.contentLength() == null || head.contentLength() != size) {
            throw new UploadMismatchException(
                    bucket, key, "its size is " + head.contentLength() + ", the file's " + size);
        }
        String stored = algorithm.storedIn(head);
        if (stored == null) {
            throw new UploadMismatchException(
                    bucket, key, "S3 reports no " + algorithm + " for it; the file's is " + expectedChecksum);
        }
        if (!stored.equals(expectedChecksum)) {
            throw new UploadMismatchException(
                    bucket, key, "its " + algorithm + " is " + stored + ", the file's " + expectedChecksum);
        }
        LOG.debug("verified s3://{}/{}: {} bytes, {} {}", bucket, key, size, algorithm, stored);
        return head;
    }
}
