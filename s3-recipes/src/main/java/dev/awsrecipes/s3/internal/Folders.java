package dev.awsrecipes.s3.internal;

import java.nio.charset.StandardCharsets;

/**
 * Top-level folders under a prefix, as a listing with delimiter {@code /} reports them, and where a
 * listing that must not re-enter a folder may start.
 */
final class Folders {
    /** The folder separator nearly every bucket uses. */
    static final String DELIMITER = "/";

    /** S3's limit on a key's length, in UTF-8 bytes. */
    static final int MAX_KEY_BYTES = 1024;

    /**
     * The largest character of each UTF-8 length that an XML 1.0 listing can carry back (servers echo
     * {@code StartAfter} in their answers): {@code ~}, U+07FF, U+FFFD, U+10FFFF. DEL and U+FFFE/U+FFFF
     * are left out; a key ending in one of them can sort after the boundary, which moves it into the
     * next range, still counted once.
     */
    private static final int[] LARGEST_OF_LENGTH = {'~', 0x7FF, 0xFFFD, Character.MAX_CODE_POINT};

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
     * The last key the folder can hold: its name followed by the largest characters that fit in S3's
     * 1,024 bytes. Every key of the folder (short of the characters XML cannot carry) sorts at or before
     * it and every key after the folder sorts after it, so a listing from it never starts inside the folder (servers disagree on whether a
     * delimited listing that starts inside a folder reports that folder again; from here none has to
     * decide), and it is an exact boundary between key ranges.
     */
    static String pastEnd(String folder) {
        StringBuilder last = new StringBuilder(folder);
        int room = MAX_KEY_BYTES - folder.getBytes(StandardCharsets.UTF_8).length;
        while (room > 0) {
            int bytes = Math.min(room, 4);
            last.appendCodePoint(LARGEST_OF_LENGTH[bytes - 1]);
            room -= bytes;
        }
        return last.toString();
    }
}
