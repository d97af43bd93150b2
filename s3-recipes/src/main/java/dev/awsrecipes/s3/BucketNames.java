package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The naming rules of S3 general-purpose buckets and object keys, checked before any call. */
public final class BucketNames {
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private BucketNames() {}

    /** The bucket name, if S3 would accept it; otherwise an error naming the rule it breaks. */
    public static String check(String argument, String bucket) {
        Check.notBlank(bucket, argument);
        String rule = brokenRule(bucket);
        if (rule != null) {
            throw new InvalidArgumentException(
                    argument, argument + " \"" + bucket + "\" is not a valid bucket name: " + rule);
        }
        return bucket;
    }

    /**
     * The object key, if S3 would accept it: at most 1024 bytes of UTF-8, and not blank (S3 takes a key
     * of spaces, but it is always a mistake).
     */
    public static String checkKey(String argument, String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidArgumentException(argument, argument + " is required and must not be blank");
        }
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        Check.that(bytes <= 1024, argument, "is " + bytes + " bytes long; S3 keys are at most 1024 bytes of UTF-8");
        return key;
    }

    private static String brokenRule(String bucket) {
        if (bucket.length() < 3 || bucket.length() > 63) {
            return "it must be 3 to 63 characters long";
        }
        if (!bucket.equals(bucket.toLowerCase(java.util.Locale.ROOT))) {
            return "it must not contain upper-case letters";
        }
        if (!ALLOWED.matcher(bucket).matches()) {
            return "only lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit";
        }
        if (bucket.contains("..")) {
            return "it must not contain two adjacent dots";
        }
        if (IP_ADDRESS.matcher(bucket).matches()) {
            return "it must not look like an IP address";
        }
        if (bucket.startsWith("xn--")
                || bucket.startsWith("sthree-")
                || bucket.endsWith("-s3alias")
                || bucket.endsWith("--ol-s3")) {
            return "it uses a prefix or suffix that S3 reserves";
        }
        return null;
    }
}
