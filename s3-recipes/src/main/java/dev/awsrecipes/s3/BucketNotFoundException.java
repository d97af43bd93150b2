package dev.awsrecipes.s3;

import dev.awsrecipes.core.AwsRecipesException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The bucket does not exist (S3 answered {@code NoSuchBucket}, or 404 to HeadBucket). */
public class BucketNotFoundException extends AwsRecipesException {
    private static final long serialVersionUID = 1L;

    /** The bucket. */
    private final String bucket;

    /**
     * @param bucket the bucket that is missing
     * @param cause what S3 answered
     */
    public BucketNotFoundException(String bucket, S3Exception cause) {
        super("bucket " + bucket + " does not exist", cause);
        this.bucket = bucket;
    }

    /** The bucket (or, for a copy, the buckets) that S3 could not find. */
    public String bucket() {
        return bucket;
    }
}
