package dev.awsrecipes.s3;

import dev.awsrecipes.core.AwsRecipesException;

/**
 * S15: the object was replaced while it was being downloaded: a ranged GET no longer matched the ETag the
 * download started with. Nothing is verified or renamed into place; download the object again.
 */
public class ObjectChangedException extends AwsRecipesException {
    private static final long serialVersionUID = 1L;

    /**
     * @param bucket the bucket
     * @param key the object's key
     * @param eTag the ETag the download started with
     * @param cause S3's answer (412 Precondition Failed)
     */
    public ObjectChangedException(String bucket, String key, String eTag, Throwable cause) {
        super(
                "s3://" + bucket + "/" + key + " changed while it was being downloaded (it no longer has ETag " + eTag
                        + "); download it again",
                cause);
    }
}
