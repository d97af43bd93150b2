package dev.awsrecipes.cli;

import dev.awsrecipes.core.Check;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parsers for the command line's durations, sizes and instants (CLI.md). */
public final class Converters {
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE =
            Pattern.compile("(\\d+)\\s*(B|KiB|MiB|GiB|TiB|KB|MB|GB|TB|K|M|G|T)?", Pattern.CASE_INSENSITIVE);

    private Converters() {}

    /** ISO-8601 ({@code PT30S}) or short forms: {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d}, {@code 500ms}. */
    public static Duration parseDuration(String text) {
        String value = text.trim();
        Matcher m = SHORT_DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not a duration; write 30s, 5m, 2h, 7d or ISO-8601 like PT30S");
        }
    }

    /** Bytes from {@code 8MiB}, {@code 1 GiB}, {@code 5242880}; KB/MB/GB are read as binary units too. */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a size; write 8MiB, 1GiB or a number of bytes");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        int shift =
                switch (unit.charAt(0)) {
                    case 'K' -> 10;
                    case 'M' -> 20;
                    case 'G' -> 30;
                    case 'T' -> 40;
                    default -> 0;
                };
        if (shift > 0 && n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("\"" + text + "\" is too large");
        }
        return n << shift;
    }

    /**
     * An instant in ISO-8601 ({@code 2026-05-01T10:00:00Z}); text that is none is bad input for
     * {@code option}, refused with an example.
     */
    public static Instant parseInstant(String option, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            Check.that(false, option, "\"" + text + "\" is not an instant like 2026-05-01T10:00:00Z");
            throw e;
        }
    }

    /** picocli converter for durations; every {@link Duration} option uses it (see AwsRecipesCli). */
    public static final class DurationConverter extends Parsing<Duration> {
        public DurationConverter() {
            super(Converters::parseDuration);
        }
    }

    /** picocli converter for sizes in bytes. */
    public static final class SizeConverter extends Parsing<Long> {
        public SizeConverter() {
            super(Converters::parseSize);
        }
    }

    /** A parser's message for a value it refuses becomes picocli's, so the user sees one clear line. */
    private abstract static class Parsing<T> implements ITypeConverter<T> {
        private final Function<String, T> parser;

        Parsing(Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        public T convert(String value) {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
