package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * The argument rules of the monitoring recipes, in one place so the specs, the recipes and the command
 * line reject bad input with the same words, before any call to AWS.
 *
 * <p>The rules for the recipes' plain-text arguments (instance ids, topic names and ARNs, e-mail
 * addresses, alarm names, custom namespaces) are public: the recipes' own implementation checks its
 * arguments with them, and a caller may check input the same way before calling. The rules only the
 * specs use stay package-private.
 *
 * <p>Each check returns the value it accepted and otherwise throws {@link InvalidArgumentException}
 * naming {@code argument}.
 */
public final class MonitoringRules {
    private static final Pattern INSTANCE_ID = Pattern.compile("i-[0-9a-f]{8}([0-9a-f]{9})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern TOPIC_ARN =
            Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}(\\.fifo)?");
    private static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern NAMESPACE = Pattern.compile("[0-9A-Za-z.\\-_/#:]{1,255}");
    private static final Set<Integer> HIGH_RESOLUTION_PERIODS = Set.of(1, 5, 10, 30);
    private static final Set<Integer> HIGH_RESOLUTION_ALARM_PERIODS = Set.of(10, 30);

    /** CloudWatch keeps at most 30 dimensions on a metric. */
    static final int MAX_DIMENSIONS = 30;

    private MonitoringRules() {}

    /** An EC2 instance id such as {@code i-0abc12345def67890}. */
    public static String instanceId(String argument, String value) {
        return Check.matches(value, INSTANCE_ID, argument, "is not an instance id like i-0123456789abcdef0");
    }

    /**
     * A statistics period: a positive multiple of 60 seconds, or 1, 5, 10 or 30 seconds for
     * high-resolution metrics.
     */
    static int statisticsPeriod(String argument, int seconds) {
        return period(argument, seconds, HIGH_RESOLUTION_PERIODS, "1, 5, 10 or 30");
    }

    /** An alarm period: a positive multiple of 60 seconds, or 10 or 30 seconds on high-resolution metrics. */
    static int alarmPeriod(String argument, int seconds) {
        return period(argument, seconds, HIGH_RESOLUTION_ALARM_PERIODS, "10 or 30");
    }

    private static int period(String argument, int seconds, Set<Integer> highResolution, String highResolutionText) {
        if (highResolution.contains(seconds) || (seconds > 0 && seconds % 60 == 0)) {
            return seconds;
        }
        throw new InvalidArgumentException(
                argument,
                argument + " is " + seconds + " seconds; it must be a positive multiple of 60, or " + highResolutionText
                        + " for high-resolution metrics");
    }

    /** An e-mail address: something, one {@code @}, something, no spaces. */
    public static String email(String argument, String value) {
        Check.notBlank(value, argument);
        String address = value.trim();
        Check.that(
                EMAIL.matcher(address).matches(),
                argument,
                "\"" + value + "\" is not an e-mail address (expected name@domain)");
        return address;
    }

    /** The addresses, each checked, duplicates (ignoring case) removed, order kept. */
    static List<String> emails(String argument, Collection<String> values) {
        Check.notEmpty(values, argument);
        Set<String> seen = new LinkedHashSet<>();
        List<String> addresses = new java.util.ArrayList<>();
        for (String value : values) {
            String address = email(argument, value);
            if (seen.add(address.toLowerCase(Locale.ROOT))) {
                addresses.add(address);
            }
        }
        return List.copyOf(addresses);
    }

    /** An SNS topic name: 1 to 256 letters, digits, hyphens or underscores. */
    public static String topicName(String argument, String value) {
        return Check.matches(value, TOPIC_NAME, argument, "is not a topic name: use 1 to 256 letters, digits, - or _");
    }

    /** An SNS topic ARN: {@code arn:<partition>:sns:<region>:<12-digit account>:<name>}. */
    public static String topicArn(String argument, String value) {
        return Check.matches(
                value, TOPIC_ARN, argument, "is not a topic ARN (arn:aws:sns:<region>:<12-digit account>:<name>)");
    }

    /** A name CloudWatch accepts for an alarm or metric: 1 to 255 characters, not blank. */
    public static String name(String argument, String value) {
        Check.notBlank(value, argument);
        Check.that(value.length() <= 255, argument, "is " + value.length() + " characters long; at most 255");
        return value;
    }

    /** A metric namespace: 1 to 255 of letters, digits and {@code . - _ / # :}. */
    static String namespace(String argument, String value) {
        return Check.matches(
                value, NAMESPACE, argument, "is not a namespace: use 1 to 255 letters, digits or . - _ / # :");
    }

    /** A namespace a custom metric may be written to: not one of AWS's own ({@code AWS/...}). */
    public static String customNamespace(String argument, String value) {
        namespace(argument, value);
        Check.that(
                !value.startsWith("AWS/"),
                argument,
                "\"" + value + "\" is reserved for AWS services; choose a namespace of your own");
        return value;
    }

    /** Dimensions: at most 30, names and values non-blank and at most 255 characters. */
    static Map<String, String> dimensions(String argument, Map<String, String> dimensions) {
        Check.notNull(dimensions, argument);
        Check.that(
                dimensions.size() <= MAX_DIMENSIONS,
                argument,
                "has " + dimensions.size() + " entries; CloudWatch allows at most " + MAX_DIMENSIONS);
        dimensions.forEach((name, value) -> {
            name(argument + " name", name);
            name(argument + " value of " + name, value);
        });
        return Map.copyOf(dimensions);
    }

    /** A statistic by name, any case: SampleCount, Average, Sum, Minimum or Maximum. */
    static Statistic statistic(String argument, String value) {
        return byName(
                argument, value, Statistic.knownValues(), "is not one of SampleCount, Average, Sum, Minimum, Maximum");
    }

    /** A known statistic (not the SDK's UNKNOWN_TO_SDK_VERSION). */
    static Statistic statistic(String argument, Statistic value) {
        Check.notNull(value, argument);
        Check.that(value != Statistic.UNKNOWN_TO_SDK_VERSION, argument, "must be a known statistic");
        return value;
    }

    /** A unit by name, any case, e.g. {@code Percent}, {@code Count}, {@code Bytes/Second}. */
    static StandardUnit unit(String argument, String value) {
        return byName(
                argument, value, StandardUnit.knownValues(), "is not a CloudWatch unit such as Percent, Count, Bytes");
    }

    /** The one of the SDK's known values whose name is the value, ignoring case and surrounding blanks. */
    private static <E> E byName(String argument, String value, Collection<E> known, String rule) {
        Check.notBlank(value, argument);
        return known.stream()
                .filter(e -> e.toString().equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> new InvalidArgumentException(argument, argument + " \"" + value + "\" " + rule));
    }

    /** A finite number (CloudWatch rejects NaN and infinities). */
    static double finite(String argument, double value) {
        Check.that(Double.isFinite(value), argument, "is " + value + "; it must be a finite number");
        return value;
    }
}
