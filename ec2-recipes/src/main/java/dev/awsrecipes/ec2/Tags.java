package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import java.util.LinkedHashMap;
import java.util.Map;

/** EC2's rules for tags, checked before any call. */
public final class Tags {
    private Tags() {}

    /** Checks one tag: a key of 1–128 characters not starting with {@code aws:}, a value of at most 256. */
    public static void check(String key, String value) {
        Check.notBlank(key, "tag key");
        Check.notNull(value, "tag value");
        Check.that(key.length() <= 128, "tag key", "\"" + key + "\" is longer than 128 characters");
        Check.that(
                !key.regionMatches(true, 0, "aws:", 0, 4),
                "tag key",
                "\"" + key + "\" starts with aws:, which AWS reserves");
        Check.that(value.length() <= 256, "tag value", "of " + key + " is longer than 256 characters");
    }

    /**
     * Parses {@code key=value} (value may be empty) or a bare {@code key}, which is a tag with an empty
     * value (the 2011 cookbook tags its instances with a bare name, {@code paws}); for command lines and
     * files.
     */
    public static Map.Entry<String, String> parse(String keyValue) {
        Check.notBlank(keyValue, "tag");
        int eq = keyValue.indexOf('=');
        if (eq == 0) {
            throw new InvalidArgumentException("tag", "tag \"" + keyValue + "\" has no key; write KEY=VALUE or KEY");
        }
        String key = eq < 0 ? keyValue : keyValue.substring(0, eq);
        String value = eq < 0 ? "" : keyValue.substring(eq + 1);
        check(key, value);
        return Map.entry(key, value);
    }

    /** Parses several {@code key=value} strings, in order; a later key wins. */
    public static Map<String, String> parseAll(Iterable<String> keyValues) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String kv : keyValues) {
            Map.Entry<String, String> e = parse(kv);
            tags.put(e.getKey(), e.getValue());
        }
        return tags;
    }
}
