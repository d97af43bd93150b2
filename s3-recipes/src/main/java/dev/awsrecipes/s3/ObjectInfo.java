package dev.awsrecipes.s3;

import java.time.Instant;
import java.util.Map;

/**
 * What S3 knows about one object, read without downloading it ({@code HeadObject}).
 *
 * @param bucket the bucket
 * @param key the object key
 * @param bytes its size
 * @param eTag S3's entity tag, without quotes
 * @param contentType its {@code Content-Type}
 * @param storageClass its storage class, {@code STANDARD} when S3 reports none
 * @param metadata its user metadata ({@code x-amz-meta-*}), names in lower case as S3 returns them
 * @param lastModified when it was last written
 * @param versionId its version, or null when the bucket is not versioned
 */
public record ObjectInfo(
        String bucket,
        String key,
        long bytes,
        String eTag,
        String contentType,
        String storageClass,
        Map<String, String> metadata,
        Instant lastModified,
        String versionId) {

    /** Copies the metadata, so the result never changes. */
    public ObjectInfo {
        metadata = Map.copyOf(metadata);
    }
}
