package dev.awsrecipes.s3;

import java.util.Optional;

/**
 * An object as {@link S3Recipes#putObject(PutObjectSpec)} stored it.
 *
 * @param bucket the bucket
 * @param key the object key
 * @param eTag S3's entity tag, without quotes
 * @param versionId the version S3 gave it, or null when the bucket is not versioned
 * @param bytes how many bytes were stored
 */
public record StoredObject(String bucket, String key, String eTag, String versionId, long bytes) {

    /** The version id, when the bucket keeps versions. */
    public Optional<String> version() {
        return Optional.ofNullable(versionId);
    }
}
