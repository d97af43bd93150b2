package dev.awsrecipes.s3;

/**
 * The versioning configuration of a bucket.
 *
 * @param bucket the bucket
 * @param status whether versioning is on
 * @param mfaDelete whether deleting a version or changing the versioning state needs an MFA code
 */
public record BucketVersioning(String bucket, VersioningStatus status, boolean mfaDelete) {}
