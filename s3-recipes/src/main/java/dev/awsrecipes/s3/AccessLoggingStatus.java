package dev.awsrecipes.s3;

import java.util.Optional;

/**
 * Whether S3 server access logging is on for a bucket, and where the logs go.
 *
 * @param bucket the logged bucket
 * @param enabled whether logging is on
 * @param targetBucket the bucket that receives the log files, null when off
 * @param targetPrefix the key prefix of the log files, null when off
 */
public record AccessLoggingStatus(String bucket, boolean enabled, String targetBucket, String targetPrefix) {

    /** The status of a bucket without logging. */
    public static AccessLoggingStatus disabled(String bucket) {
        return new AccessLoggingStatus(bucket, false, null, null);
    }

    /** The target bucket, when logging is on. */
    public Optional<String> target() {
        return Optional.ofNullable(targetBucket);
    }
}
