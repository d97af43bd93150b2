package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import java.nio.charset.StandardCharsets;

/**
 * An {@code s3://bucket/key} path as the AWS CLI, s5cmd and rclone write it. The key is taken literally:
 * spaces, {@code +}, {@code %}, {@code #}, {@code ?}, non-ASCII letters and {@code ..} segments are part of
 * the key, never decoded or normalised, so what a user types is exactly the key S3 stores.
 *
 * <pre>{@code
 * S3Uri logs = S3Uri.parse("source", "s3://team-logs/2026/12/");
 * logs.bucket();      // "team-logs"
 * logs.key();         // "2026/12/"
 * logs.isPrefix();    // true
 * logs.child("a.gz"); // s3://team-logs/2026/12/a.gz
 * }</pre>
 *
 * @param bucket the bucket
 * @param key the key or key prefix; empty for the whole bucket
 */
public record S3Uri(String bucket, String key) {
    /** What every S3 path starts with. */
    public static final String SCHEME = "s3://";

    private static final int MAX_KEY_BYTES = 1024;

    /** Checks the bucket name and the key's length; a null key is the whole bucket. */
    public S3Uri {
        BucketNames.check("bucket", bucket);
        key = key == null ? "" : key;
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        Check.that(
                bytes <= MAX_KEY_BYTES, "key", "is " + bytes + " bytes long; S3 keys are at most 1024 bytes of UTF-8");
    }

    /**
     * Whether a command-line argument is an S3 path rather than a local one.
     *
     * @param text the argument
     * @return true when it starts with {@code s3://}
     */
    public static boolean isS3(String text) {
        return text != null && text.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /**
     * Reads {@code s3://bucket}, {@code s3://bucket/} or {@code s3://bucket/key}.
     *
     * @param argument the argument's name, used in the error message
     * @param text the path
     * @return the bucket and the key (empty for the first two forms)
     * @throws InvalidArgumentException naming {@code argument} when the text is not such a path
     */
    public static S3Uri parse(String argument, String text) {
        Check.notNull(text, argument);
        if (!isS3(text)) {
            throw new InvalidArgumentException(
                    argument, argument + " \"" + text + "\" is not an S3 path; write s3://BUCKET/KEY");
        }
        String rest = text.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        if (bucket.isEmpty()) {
            throw new InvalidArgumentException(
                    argument, argument + " \"" + text + "\" names no bucket; write s3://BUCKET/KEY");
        }
        BucketNames.check(argument, bucket);
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        Check.that(
                bytes <= MAX_KEY_BYTES,
                argument,
                "has a key of " + bytes + " bytes; S3 keys are at most 1024 bytes of UTF-8");
        return new S3Uri(bucket, key);
    }

    /** Whether the path names a whole bucket or a "folder": its key is empty or ends with {@code /}. */
    public boolean isPrefix() {
        return key.isEmpty() || key.endsWith("/");
    }

    /** Whether the key holds a wildcard ({@code *} or {@code ?}) to be expanded by listing. */
    public boolean hasWildcard() {
        return KeyGlob.hasWildcard(key);
    }

    /**
     * The key as a folder: unchanged when empty or ending with {@code /}, else with {@code /} added. This is
     * how {@code --recursive} reads {@code s3://b/logs} (as the AWS CLI does).
     */
    public String keyAsFolder() {
        return isPrefix() ? key : key + "/";
    }

    /**
     * The path of an object below this one: {@code s3://b/p/} and {@code s3://b/p} both give
     * {@code s3://b/p/NAME}; {@code s3://b} gives {@code s3://b/NAME}.
     *
     * @param name a relative key, using {@code /} between its parts
     * @return the child's path
     */
    public S3Uri child(String name) {
        Check.notNull(name, "name");
        return new S3Uri(bucket, keyAsFolder() + name);
    }

    /** The last part of the key (after the last {@code /}), or the bucket when the key is empty. */
    public String name() {
        String trimmed = key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
        return trimmed.isEmpty() ? bucket : trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The path as it is written: {@code s3://bucket/key}. */
    @Override
    public String toString() {
        return SCHEME + bucket + "/" + key;
    }
}
