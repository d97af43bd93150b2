package dev.awsrecipes.s3.internal;

/** Small helpers of the S3 recipes' internals. */
final class S3Args {
    private S3Args() {}

    /** S3 quotes ETags; callers compare them without. */
    static String unquote(String eTag) {
        return eTag == null ? null : eTag.replace("\"", "");
    }
}
