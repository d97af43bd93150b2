package dev.awsrecipes.core;

import java.time.Duration;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Argument checks for the public boundary of every recipe. Each throws {@link
 * InvalidArgumentException} with a message that names the argument and the rule, before any network
 * call is made.
 */
public final class Check {
    private Check() {}

    /** The value, if it is not null. */
    public static <T> T notNull(String argument, T value) {
        if (value == null) {
            throw new InvalidArgumentException(argument, argument + " is required");
        }
        return value;
    }

    /** The value, if it has at least one non-blank character. */
    public static String notBlank(String argument, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidArgumentException(argument, argument + " is required and must not be blank");
        }
        return value;
    }

    /** The collection, if it has at least one element. */
    public static <C extends Collection<?>> C notEmpty(String argument, C value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidArgumentException(argument, argument + " needs at least one value");
        }
        return value;
    }

    /** The value, if it lies in {@code [min, max]}. */
    public static long inRange(String argument, long value, long min, long max) {
        if (value < min || value > max) {
            throw new InvalidArgumentException(
                    argument, argument + " is " + value + "; it must be between " + min + " and " + max);
        }
        return value;
    }

    /** The value, if it is greater than zero. */
    public static long positive(String argument, long value) {
        if (value <= 0) {
            throw new InvalidArgumentException(argument, argument + " is " + value + "; it must be positive");
        }
        return value;
    }

    /** The duration, if it is longer than zero. */
    public static Duration positive(String argument, Duration value) {
        notNull(argument, value);
        if (value.isZero() || value.isNegative()) {
            throw new InvalidArgumentException(argument, argument + " is " + value + "; it must be positive");
        }
        return value;
    }

    /**
     * The value, if it is not blank and the whole of it matches the pattern; otherwise an error
     * reading {@code argument "value" rule}, e.g. {@code topicArn "t" is not a topic ARN (...)}.
     */
    public static String matches(String argument, String value, Pattern pattern, String rule) {
        notBlank(argument, value);
        that(pattern.matcher(value).matches(), argument, "\"" + value + "\" " + rule);
        return value;
    }

    /** Fails with {@code argument + " " + rule} unless the condition holds. */
    public static void that(boolean condition, String argument, String rule) {
        if (!condition) {
            throw new InvalidArgumentException(argument, argument + " " + rule);
        }
    }
}
