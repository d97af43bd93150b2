package dev.awsrecipes.s3.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the rest of a key range into ranges that can be listed at the same time. S3 lists keys in
 * UTF-8 byte order and only from a start key ({@code StartAfter}), so a range is "after X, up to Y":
 * its lister stops at the first key beyond Y.
 *
 * <p>Where to cut is guessed from the page just listed: where its first and last keys start to differ
 * tells which character position varies between pages (for {@code log-00000 ... log-00999} the next
 * pages differ in the digit before), and the cuts fall on the following characters of the same kind
 * (digits, lower-case or upper-case letters). A guess that misses costs one request for an empty range;
 * a range that is still large after its first page is split again.
 */
final class KeyRanges {
    private static final String[] CLASSES = {"0123456789", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"};

    private KeyRanges() {}

    /** Compares keys the way S3 orders them: by their UTF-8 bytes, unsigned. */
    static int compare(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The range {@code (cursor, upTo]} cut into at most {@code parts} ranges, in key order; a list of
     * one when no useful cut is found. The first range starts at the cursor (and its version marker).
     *
     * @param prefix the prefix every key has; cuts are never made inside it
     * @param pageFirst the first key of the page that ended at the cursor
     */
    static List<KeyRange> split(String prefix, String pageFirst, KeyRange rest, int parts) {
        String cursor = rest.afterKey();
        String upTo = rest.upTo();
        int common = upTo == null ? prefix.length() : Math.max(prefix.length(), commonPrefix(cursor, upTo));
        int position = Math.max(common, commonPrefix(pageFirst, cursor) - 1);
        if (parts < 2 || position >= cursor.length()) {
            return List.of(rest);
        }
        char low = cursor.charAt(position);
        char high = upTo != null && position == common && upTo.length() > position ? upTo.charAt(position) : '\uffff';
        List<Character> candidates = new ArrayList<>();
        for (String kind : CLASSES) {
            if (kind.indexOf(low) >= 0) {
                for (char c : kind.toCharArray()) {
                    if (c > low && c < high) {
                        candidates.add(c);
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of(rest);
        }
        String base = cursor.substring(0, position);
        int cuts = Math.min(parts - 1, candidates.size());
        List<KeyRange> ranges = new ArrayList<>();
        KeyRange current = rest;
        for (int i = 0; i < cuts; i++) {
            // Evenly spread over the candidates; a cut "base + c" starts the range of keys beginning with c.
            // The first range keeps the cursor's markers; the others start after their cut key.
            String cut = base + candidates.get(i * candidates.size() / cuts);
            ranges.add(current.upTo(cut));
            current = new KeyRange(cut, null, upTo);
        }
        ranges.add(current);
        return ranges;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
