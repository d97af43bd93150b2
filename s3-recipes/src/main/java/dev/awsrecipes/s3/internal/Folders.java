package dev.awsrecipes.s3.internal;

/**
 * Top-level folders under a prefix, as a listing with delimiter {@code /} reports them, and where a
 * listing that must not re-enter a folder may start.
 */
final class Folders {
    /** The folder separator nearly every bucket uses. */
    static final String DELIMITER = "/";

    /**
     * The largest code point (U+10FFFF, UTF-8 {@code F4 8F BF BF}): no UTF-8 character sorts after it, so
     * a folder name followed by it sorts after every key of the folder a real bucket holds.
     */
    private static final String LAST_CHARACTER = new String(Character.toChars(Character.MAX_CODE_POINT));

    private Folders() {}

    /**
     * The top-level folder under {@code prefix} that holds {@code key}, e.g. {@code data/} for {@code
     * data/2024/a.csv} under the empty prefix; null when the key sits directly under the prefix.
     */
    static String holding(String prefix, String key) {
        if (!key.startsWith(prefix)) {
            throw new IllegalArgumentException(key + " is not under " + prefix);
        }
        int slash = key.indexOf(DELIMITER, prefix.length());
        return slash < 0 ? null : key.substring(0, slash + DELIMITER.length());
    }

    /**
     * A {@code StartAfter} past the folder's keys and before every key after the folder, so that a
     * delimited listing from it never starts inside the folder. (Servers disagree on whether a listing
     * that starts inside a folder reports that folder again; from here none has to decide.) Only keys
     * that continue the folder name with U+10FFFF itself could sort after it; the folder step ignores
     * anything inside the folder, which is counted by its own listing.
     */
    static String pastEnd(String folder) {
        return folder + LAST_CHARACTER;
    }
}
