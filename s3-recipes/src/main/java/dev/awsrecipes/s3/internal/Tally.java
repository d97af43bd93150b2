package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.StorageClassUsage;
import dev.awsrecipes.s3.UsageSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts of one part of a count (a listing step, an inventory data file); merged by one thread only, so
 * no locking.
 */
final class Tally {
    long objects;
    long bytes;
    long deleteMarkers;
    long requests;
    final Map<String, StorageClassUsage> byClass = new HashMap<>();

    void add(String storageClass, Long size) {
        long n = size == null ? 0 : size;
        objects++;
        bytes += n;
        byClass.merge(storageClass, new StorageClassUsage(1, n), StorageClassUsage::plus);
    }

    void add(Tally other) {
        objects += other.objects;
        bytes += other.bytes;
        deleteMarkers += other.deleteMarkers;
        requests += other.requests;
        other.byClass.forEach((k, v) -> byClass.merge(k, v, StorageClassUsage::plus));
    }

    /** These counts as the usage of {@code bucket} (under {@code prefix}), from {@code source} as of {@code asOf}. */
    BucketUsage usage(String bucket, String prefix, boolean allVersions, UsageSource source, Instant asOf) {
        return new BucketUsage(
                bucket, prefix, allVersions, objects, bytes, deleteMarkers, byClass, requests, source, asOf);
    }
}
