package dev.awsrecipes.s3;

import dev.awsrecipes.core.AwsRecipesException;

/**
 * After an upload, the object S3 serves is not the file that was sent: its size or its CRC32C checksum
 * differs, or S3 reports no checksum. The object is left in place for inspection; the message says what
 * differs.
 */
public class UploadMismatchException extends AwsRecipesException {
    private static final long serialVersionUID = 1L;

    /** The bucket. */
    private final String bucket;
    /** The object's key. */
    private final String key;

    /**
     * @param bucket the bucket
     * @param key the object's key
     * @param difference what differs, e.g. {@code its CRC32C is X, the file's Y}
     */
    public UploadMismatchException(String bucket, String key, String difference) {
        super("s3://" + bucket + "/" + key + " does not match the file that was sent: " + difference);
        this.bucket = bucket;
        this.key = key;
    }

    /**
     * The bucket of the object.
     *
     * @return the bucket name
     */
    public String bucket() {
        return bucket;
    }

    /**
     * The key of the object.
     *
     * @return the key
     */
    public String key() {
        return key;
    }
}
