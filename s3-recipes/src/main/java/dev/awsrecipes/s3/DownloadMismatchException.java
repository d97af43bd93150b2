package dev.awsrecipes.s3;

import dev.awsrecipes.core.AwsRecipesException;

/**
 * S15: the bytes a download received are not what S3 stores: their checksum (or, where S3 stores none,
 * their size or ETag) differs. The target file is left untouched; the partial file is removed.
 */
public class DownloadMismatchException extends AwsRecipesException {
    private static final long serialVersionUID = 1L;

    /**
     * @param bucket the bucket
     * @param key the object's key
     * @param difference what differs, e.g. the stored and the computed checksum
     */
    public DownloadMismatchException(String bucket, String key, String difference) {
        super("the bytes received for s3://" + bucket + "/" + key + " do not match: " + difference);
    }
}
