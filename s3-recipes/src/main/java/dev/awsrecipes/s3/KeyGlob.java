package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import java.util.regex.Pattern;

/**
 * A key pattern with the two wildcards of s5cmd and the shell: {@code *} stands for any run of characters,
 * {@code /} included (so {@code logs/*.gz} also matches {@code logs/2026/a.gz}), and {@code ?} for exactly
 * one character. Every other character, {@code [} and {@code \} included, stands for itself. A pattern is
 * expanded by listing its {@link #fixedPrefix() fixed prefix}, never the whole bucket unless it starts with a
 * wildcard.
 *
 * <pre>{@code
 * KeyGlob gz = KeyGlob.of("logs/2026-??-*.gz");
 * gz.fixedPrefix();                 // "logs/2026-"
 * gz.matches("logs/2026-12-01.gz"); // true
 * }</pre>
 */
public final class KeyGlob {
    private final String pattern;
    private final Pattern regex;

    private KeyGlob(String pattern) {
        this.pattern = pattern;
        this.regex = Pattern.compile(toRegex(pattern), Pattern.DOTALL);
    }

    /**
     * The pattern.
     *
     * @param pattern the key pattern; without wildcards it matches only that exact key
     * @return the glob
     */
    public static KeyGlob of(String pattern) {
        return new KeyGlob(Check.notNull(pattern, "pattern"));
    }

    /** Whether the text holds {@code *} or {@code ?}. */
    public static boolean hasWildcard(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    /** The pattern as given. */
    public String pattern() {
        return pattern;
    }

    /** Whether the pattern holds a wildcard; without one it names exactly one key. */
    public boolean hasWildcard() {
        return hasWildcard(pattern);
    }

    /** The text before the first wildcard: every matching key starts with it, so listing it is enough. */
    public String fixedPrefix() {
        int star = pattern.indexOf('*');
        int mark = pattern.indexOf('?');
        int first = star < 0 ? mark : mark < 0 ? star : Math.min(star, mark);
        return first < 0 ? pattern : pattern.substring(0, first);
    }

    /**
     * The fixed prefix up to and including its last {@code /}: the "folder" the pattern looks in, which
     * copies and syncs cut from each key to name what they create.
     */
    public String folder() {
        String fixed = fixedPrefix();
        return fixed.substring(0, fixed.lastIndexOf('/') + 1);
    }

    /** Whether the whole key matches the pattern. */
    public boolean matches(String key) {
        return regex.matcher(key).matches();
    }

    private static String toRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        pattern.codePoints().forEach(c -> {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                // Java's "." takes a whole code point, so "?" is one character as a user sees it.
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.appendCodePoint(c);
            }
        });
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return regex.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyGlob glob && glob.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
