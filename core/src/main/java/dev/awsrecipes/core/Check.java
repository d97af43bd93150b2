package dev.awsrecipes.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.regex.Pattern;
import software.amazon.awssdk.regions.Region;

/**
 * Argument checks for the public boundary of every recipe. Each takes the value first and the
 * argument's name after it, as {@link java.util.Objects#requireNonNull(Object, String)} does, returns the
 * value when it passes, and otherwise throws {@link InvalidArgumentException} with a message that names
 * the argument and the rule, before any network call is made. (That exception is an {@link
 * AwsRecipesException}, so one {@code catch} handles everything a recipe throws; a caller that wants
 * the JDK's type can catch it by its own name.)
 */
public final class Check {
    private Check() {}

    /** The value, if it is not null. */
    public static <T> T notNull(T value, String argument) {
        if (value == null) {
            throw new InvalidArgumentException(argument, argument + " is required");
        }
        return value;
    }

    /** The value, if it has at least one non-blank character. */
    public static String notBlank(String value, String argument) {
        if (value == null || value.isBlank()) {
            throw new InvalidArgumentException(argument, argument + " is required and must not be blank");
        }
        return value;
    }

    /** The collection, if it has at least one element. */
    public static <C extends Collection<?>> C notEmpty(C value, String argument) {
        if (value == null || value.isEmpty()) {
            throw new InvalidArgumentException(argument, argument + " needs at least one value");
        }
        return value;
    }

    /** The value, if it lies in {@code [min, max]}. */
    public static long inRange(long value, long min, long max, String argument) {
        if (value < min || value > max) {
            throw new InvalidArgumentException(
                    argument, argument + " is " + value + "; it must be between " + min + " and " + max);
        }
        return value;
    }

    /** The value, if it is greater than zero. */
    public static long positive(long value, String argument) {
        if (value <= 0) {
            throw new InvalidArgumentException(argument, argument + " is " + value + "; it must be positive");
        }
        return value;
    }

    /** The duration, if it is longer than zero. */
    public static Duration positive(Duration value, String argument) {
        notNull(value, argument);
        if (value.isZero() || value.isNegative()) {
            throw new InvalidArgumentException(argument, argument + " is " + value + "; it must be positive");
        }
        return value;
    }

    /**
     * The value, if it is not blank and the whole of it matches the pattern; otherwise an error
     * reading {@code argument "value" rule}, e.g. {@code topicArn "t" is not a topic ARN (...)}.
     */
    public static String matches(String value, Pattern pattern, String argument, String rule) {
        notBlank(value, argument);
        that(pattern.matcher(value).matches(), argument, "\"" + value + "\" " + rule);
        return value;
    }

    /** Fails with {@code argument + " " + rule} unless the condition holds. */
    public static void that(boolean condition, String argument, String rule) {
        if (!condition) {
            throw new InvalidArgumentException(argument, argument + " " + rule);
        }
    }

    /**
     * The region with this id, if the id could ever name one. The rule is the SDK's, not a list: any id
     * the SDK takes works, including ids this SDK release does not know yet (a new region or partition)
     * and the names S3-compatible servers use ({@code auto} for Cloudflare R2 and Google Cloud Storage,
     * a MinIO or Ceph region such as {@code garage} or {@code US}). Only text that can never be a region
     * is refused: blank, with white space or control characters, or with a {@code /} (the separator of
     * the signature's credential scope, so no request could be signed for it). This is the one region
     * rule of the library and the CLI: {@code --region}, {@code AWS_REGION} and a profile's {@code
     * region} all go through it.
     *
     * @param value the region id, e.g. {@code eu-west-1} or {@code auto}
     * @param argument the argument's name as the caller knows it, e.g. {@code region} or {@code --region}
     * @return the region
     * @throws InvalidArgumentException when the text can never be a region id
     */
    public static Region region(String value, String argument) {
        notBlank(value, argument);
        boolean wellFormed = value.codePoints()
                .noneMatch(c ->
                        Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '/');
        that(
                wellFormed,
                argument,
                "\"" + value.replaceAll("\\p{Cntrl}", "?") + "\" is not a region id: it has white space, a control"
                        + " character or a / (a region id looks like eu-west-1, or auto for R2 and GCS)");
        return Region.of(value);
    }

    /**
     * The path, if the JVM could decode its name. Outside a UTF-8 locale (cron, systemd, minimal
     * containers run with {@code LANG=C}) the JVM reads bytes it cannot decode as U+FFFD, so
     * {@code données.txt} becomes {@code donn\uFFFD\uFFFDes.txt}: uploading that name would store another
     * key, and two files could collapse into one. Such a path is refused rather than used.
     */
    public static Path representable(Path path, String argument) {
        notNull(path, argument);
        if (path.toString().indexOf('\uFFFD') >= 0) {
            throw new InvalidArgumentException(argument, unrepresentable(argument + " " + path));
        }
        return path;
    }

    /** The message for a name with undecodable bytes: what happened and how to run so it does not. */
    public static String unrepresentable(String what) {
        return what + " has bytes the JVM cannot decode in its locale (file names are read as "
                + System.getProperty("sun.jnu.encoding") + "); run in a UTF-8 locale, e.g. LC_ALL=C.UTF-8"
                + " (bin/aws-recipes does this for you)";
    }
}
