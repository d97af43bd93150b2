package dev.awsrecipes.s3.internal;

/**
 * A slice of a bucket's key space: keys after {@code afterKey} (or from the start when null) up to and
 * including {@code upTo} (or to the end when null). {@code afterVersion} continues a version listing in
 * the middle of {@code afterKey}'s versions.
 */
record KeyRange(String afterKey, String afterVersion, String upTo) {
    static final KeyRange ALL = new KeyRange(null, null, null);

    /** Whether a key listed from this range's start still belongs to it. */
    boolean contains(String key) {
        return upTo == null || KeyRanges.compare(key, upTo) <= 0;
    }
}
