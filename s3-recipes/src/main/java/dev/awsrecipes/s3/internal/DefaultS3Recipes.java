package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.s3.Bucket;
import dev.awsrecipes.s3.ExpiringUrl;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.UrlMethod;
import java.time.Duration;
import software.amazon.awssdk.regions.Region;

/** The S3 recipes; each topic lives in a class of its own, this one only routes. */
public final class DefaultS3Recipes implements S3Recipes {
    private final Buckets buckets;
    private final Presigning presigning;

    public DefaultS3Recipes(Aws aws) {
        this.buckets = new Buckets(aws);
        this.presigning = new Presigning(aws);
    }

    @Override
    public Bucket createBucket(String bucket) {
        return buckets.create(bucket, null);
    }

    @Override
    public Bucket createBucket(String bucket, Region region) {
        return buckets.create(bucket, Check.notNull("region", region));
    }

    @Override
    public ExpiringUrl expiringUrl(String bucket, String key, Duration expiresIn) {
        return presigning.expiringUrl(bucket, key, expiresIn, UrlMethod.GET);
    }

    @Override
    public ExpiringUrl expiringUrl(String bucket, String key, Duration expiresIn, UrlMethod method) {
        return presigning.expiringUrl(bucket, key, expiresIn, method);
    }
}
