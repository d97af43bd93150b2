package dev.awsrecipes.s3;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link S3Recipes#bucketDu} counted: the size of a bucket, or of the part of it under a prefix;
 * also what {@link S3Recipes#bucketDuFromInventory} and {@link S3Recipes#bucketDuFromMetrics} read, with
 * {@code source} and {@code asOf} saying where the figures come from and how old they are.
 *
 * @param bucket the bucket
 * @param prefix the key prefix counted, empty for the whole bucket
 * @param allVersions whether every version was counted, or only the current objects
 * @param objects how many objects (with {@code allVersions}: how many versions) there are
 * @param bytes how many bytes they hold
 * @param deleteMarkers with {@code allVersions}: how many delete markers there are (they hold no bytes)
 * @param byStorageClass objects and bytes per storage class, sorted by class name; from {@link
 *     UsageSource#METRICS} keyed by CloudWatch's {@code StorageType} (such as {@code StandardStorage} or
 *     {@code GlacierObjectOverhead}) with {@link StorageClassUsage#UNKNOWN} objects, as CloudWatch counts
 *     objects over all storage types only
 * @param requests how many requests it took (list requests for a listing, GETs for an inventory report,
 *     CloudWatch requests for metrics), so that strategies can be compared
 * @param source where the figures come from
 * @param asOf when they were true: the end of a listing, the time an inventory report's scan began
 *     (its {@code creationTimestamp}), the day of the newest metrics datapoint
 */
public record BucketUsage(
        String bucket,
        String prefix,
        boolean allVersions,
        long objects,
        long bytes,
        long deleteMarkers,
        Map<String, StorageClassUsage> byStorageClass,
        long requests,
        UsageSource source,
        Instant asOf) {

    /** Sorts the storage classes by name and keeps an unmodifiable copy. */
    public BucketUsage {
        byStorageClass = java.util.Collections.unmodifiableMap(new TreeMap<>(byStorageClass));
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(asOf, "asOf");
    }

    /** A listing's figures, as of now (the form this record had before inventory and metrics sources). */
    public BucketUsage(
            String bucket,
            String prefix,
            boolean allVersions,
            long objects,
            long bytes,
            long deleteMarkers,
            Map<String, StorageClassUsage> byStorageClass,
            long requests) {
        this(
                bucket,
                prefix,
                allVersions,
                objects,
                bytes,
                deleteMarkers,
                byStorageClass,
                requests,
                UsageSource.LISTING,
                Instant.now());
    }
}
