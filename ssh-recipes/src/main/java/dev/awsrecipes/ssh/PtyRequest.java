package dev.awsrecipes.ssh;

import dev.awsrecipes.core.Check;
import java.util.regex.Pattern;

/**
 * The terminal an interactive shell asks the server for (RFC 4254's "pty-req"): its type, which the
 * remote programs read as {@code TERM}, and its size in character cells.
 *
 * @param term the terminal type, e.g. {@code xterm-256color}; printable ASCII without spaces
 * @param columns the width in characters, 1 to 10,000
 * @param rows the height in lines, 1 to 10,000
 */
public record PtyRequest(String term, int columns, int rows) {
    private static final Pattern TERM = Pattern.compile("[\\x21-\\x7e]{1,64}");

    /** The size a terminal is assumed to have when nothing says otherwise. */
    public static final int DEFAULT_COLUMNS = 80;

    /** Likewise, its height. */
    public static final int DEFAULT_ROWS = 24;

    /** Checks the terminal type and size. */
    public PtyRequest {
        Check.matches(term, TERM, "term", "is not a terminal type (1 to 64 printable ASCII characters, no spaces)");
        Check.inRange(columns, 1, 10_000, "columns");
        Check.inRange(rows, 1, 10_000, "rows");
    }

    /** A terminal of this type with the size of a classic one (80 x 24). */
    public static PtyRequest of(String term) {
        return new PtyRequest(term, DEFAULT_COLUMNS, DEFAULT_ROWS);
    }
}
