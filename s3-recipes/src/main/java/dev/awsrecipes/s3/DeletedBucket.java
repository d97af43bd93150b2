package dev.awsrecipes.s3;

/**
 * What {@link S3Recipes#deleteBucket} removed.
 *
 * @param bucket the bucket, which no longer exists
 * @param versions how many objects or object versions were deleted
 * @param deleteMarkers how many delete markers were deleted
 * @param batches how many {@code DeleteObjects} calls it took (at most 1,000 keys each)
 */
public record DeletedBucket(String bucket, long versions, long deleteMarkers, int batches) {}
