package dev.awsrecipes.s3;

import java.time.Instant;
import java.util.Optional;

/**
 * One bucket of {@link S3Recipes#listBuckets()}.
 *
 * @param name the bucket's name
 * @param creationDate when S3 says it was created; null when the server gives none
 */
public record ListedBucket(String name, Instant creationDate) {

    /** When the bucket was created, if the server said. */
    public Optional<Instant> created() {
        return Optional.ofNullable(creationDate);
    }

    /** The bucket as a path, {@code s3://name/}. */
    public S3Uri uri() {
        return new S3Uri(name, "");
    }
}
