package dev.awsrecipes.s3;

import java.time.Instant;

/**
 * One version of an object, or a delete marker, in a versioned bucket.
 *
 * @param key the object key
 * @param versionId the version ({@code "null"} for what was written while versioning was off)
 * @param latest whether it is the current version of the key
 * @param deleteMarker whether it is a delete marker rather than data
 * @param bytes its size, 0 for delete markers
 * @param lastModified when it was written
 * @param storageClass its storage class, null for delete markers
 */
public record ObjectVersion(
        String key,
        String versionId,
        boolean latest,
        boolean deleteMarker,
        long bytes,
        Instant lastModified,
        String storageClass) {}
