package dev.awsrecipes.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.internal.DefaultS3Recipes;
import java.time.Duration;
import software.amazon.awssdk.regions.Region;

/**
 * The S3 recipes, over one {@link Aws} session.
 *
 * <pre>{@code
 * S3Recipes s3 = S3Recipes.using(aws);
 * Bucket bucket = s3.createBucket("team-reports");
 * ExpiringUrl link = s3.expiringUrl("team-reports", "2026/q3.pdf", Duration.ofHours(2));
 * }</pre>
 */
public interface S3Recipes {

    /** The recipes over the session; cheap, holds no state of its own. */
    static S3Recipes using(Aws aws) {
        return new DefaultS3Recipes(aws);
    }

    /**
     * S1: the bucket in the session's default region, created if it does not exist. Calling it again
     * returns the same bucket with {@code created == false}; a bucket of that name owned by another
     * account is an error.
     */
    Bucket createBucket(String bucket);

    /** S1: the bucket in the given region (us-east-1 needs no location constraint; others get one). */
    Bucket createBucket(String bucket, Region region);

    /**
     * S9: a presigned GET URL that downloads the object until {@code expiresIn} has passed (at most 7
     * days, S3's limit for SigV4). Made locally, without calling AWS.
     */
    ExpiringUrl expiringUrl(String bucket, String key, Duration expiresIn);

    /** S9: a presigned URL for GET (download) or PUT (upload), valid for at most 7 days. */
    ExpiringUrl expiringUrl(String bucket, String key, Duration expiresIn, UrlMethod method);
}
