package dev.awsrecipes.s3.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * A slice of a bucket's key space: keys after {@code afterKey} (or from the start when null) up to and
 * including {@code upTo} (or to the end when null). {@code afterVersion} continues a version listing in
 * the middle of {@code afterKey}'s versions; {@code seenAtAfterKey} holds the version ids of {@code
 * afterKey} already counted, so a server that lists some of them again is not believed twice.
 *
 * <p>Servers differ where a listing restarts: AWS starts strictly after the markers, versitygw 1.8
 * lists the {@code KeyMarker} key again when no version marker is given, and repeats a delete marker
 * named as {@code VersionIdMarker}. {@link #precedes} drops whatever a range already holds, so every
 * server's answer counts each entry once.
 */
record KeyRange(String afterKey, String afterVersion, Set<String> seenAtAfterKey, String upTo) {
    static final KeyRange ALL = new KeyRange(null, null, null);

    KeyRange {
        seenAtAfterKey = Set.copyOf(seenAtAfterKey);
    }

    KeyRange(String afterKey, String afterVersion, String upTo) {
        this(afterKey, afterVersion, Set.of(), upTo);
    }

    /** Whether a key listed from this range's start still belongs to it. */
    boolean contains(String key) {
        return upTo == null || KeyRanges.compare(key, upTo) <= 0;
    }

    /** Whether an object key lies at or before this range's start ({@code StartAfter} is exclusive). */
    boolean precedes(String key) {
        return afterKey != null && KeyRanges.compare(key, afterKey) <= 0;
    }

    /**
     * Whether a version lies before this range's start: a key before {@code afterKey}, every version of
     * {@code afterKey} when the range starts after the whole key, and the versions of it already seen.
     */
    boolean precedes(String key, String versionId) {
        if (afterKey == null) {
            return false;
        }
        int order = KeyRanges.compare(key, afterKey);
        if (order != 0) {
            return order < 0;
        }
        return afterVersion == null || seenAtAfterKey.contains(versionId);
    }

    /** This range with a new end. */
    KeyRange upTo(String newUpTo) {
        return new KeyRange(afterKey, afterVersion, seenAtAfterKey, newUpTo);
    }

    /**
     * The rest of this range after a version page whose markers were {@code (key, versionId)}; {@code
     * seenOfKey} are the ids of {@code key} that page counted (with those of earlier pages when the key
     * is still the same).
     */
    KeyRange continuedAt(String key, String versionId, Set<String> seenOfKey) {
        Set<String> seen = new HashSet<>(seenOfKey);
        if (key.equals(afterKey)) {
            seen.addAll(seenAtAfterKey);
        }
        return new KeyRange(key, versionId, seen, upTo);
    }
}
