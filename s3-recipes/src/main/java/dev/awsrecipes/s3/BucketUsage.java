package dev.awsrecipes.s3;

import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link S3Recipes#bucketDu} counted: the size of a bucket, or of the part of it under a prefix.
 *
 * @param bucket the bucket
 * @param prefix the key prefix counted, empty for the whole bucket
 * @param allVersions whether every version was counted, or only the current objects
 * @param objects how many objects (with {@code allVersions}: how many versions) there are
 * @param bytes how many bytes they hold
 * @param deleteMarkers with {@code allVersions}: how many delete markers there are (they hold no bytes)
 * @param byStorageClass objects and bytes per storage class, sorted by class name
 * @param requests how many list requests it took, so that listing strategies can be compared
 */
public record BucketUsage(
        String bucket,
        String prefix,
        boolean allVersions,
        long objects,
        long bytes,
        long deleteMarkers,
        Map<String, StorageClassUsage> byStorageClass,
        long requests) {

    /** Sorts the storage classes by name and keeps an unmodifiable copy. */
    public BucketUsage {
        byStorageClass = java.util.Collections.unmodifiableMap(new TreeMap<>(byStorageClass));
    }
}
