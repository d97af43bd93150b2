package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.util.Optional;

/**
 * What {@link S3Transfers#listObjects(ListSpec)} lists: the keys under a prefix, one level (with folders) or
 * every level, optionally only those matching a {@link KeyGlob} and taken by a {@link KeyFilter}.
 *
 * <pre>{@code
 * // every .gz under logs/2026/, at any depth
 * ListSpec gz = ListSpec.of(S3Uri.parse("path", "s3://team-logs/logs/2026/*.gz"), false);
 * // one level of logs/, folders included
 * ListSpec top = ListSpec.builder().bucket("team-logs").prefix("logs/").build();
 * }</pre>
 *
 * @param bucket the bucket
 * @param prefix only keys starting with it (S3's {@code Prefix}); empty for the whole bucket
 * @param recursive every key below the prefix; when false, one level with the deeper keys gathered into
 *     folders (S3's {@code Delimiter} {@code /})
 * @param glob when not null, only keys matching it are given
 * @param folder the part cut from each key to make its {@link ListedObject#name() name}; it must be a
 *     start of the prefix
 * @param filter which names are given (applied to {@link ListedObject#name()}); folders are always given
 */
public record ListSpec(String bucket, String prefix, boolean recursive, KeyGlob glob, String folder, KeyFilter filter) {

    /** Checks every value; a null prefix is the whole bucket, a null folder the prefix up to its last /. */
    public ListSpec {
        BucketNames.check("bucket", bucket);
        prefix = prefix == null ? "" : prefix;
        folder = folder == null ? prefix.substring(0, prefix.lastIndexOf('/') + 1) : folder;
        filter = filter == null ? KeyFilter.all() : filter;
        Check.that(
                prefix.startsWith(folder), "folder", "\"" + folder + "\" is not a start of prefix \"" + prefix + "\"");
        if (glob != null) {
            Check.that(
                    glob.fixedPrefix().startsWith(prefix) || prefix.startsWith(glob.fixedPrefix()),
                    "glob",
                    "\"" + glob + "\" can match no key under prefix \"" + prefix + "\"");
        }
    }

    /**
     * The listing a path asks for, as {@code ls} reads it: a path with a wildcard lists every key matching
     * it at any depth; one without lists the keys starting with the key, every level when {@code recursive},
     * else one level with folders.
     *
     * @param path the bucket and the key, prefix or pattern
     * @param recursive every level rather than one
     * @return the spec, taking every name
     */
    public static ListSpec of(S3Uri path, boolean recursive) {
        Check.notNull(path, "path");
        if (path.hasWildcard()) {
            KeyGlob glob = KeyGlob.of(path.key());
            return new ListSpec(path.bucket(), glob.fixedPrefix(), true, glob, glob.folder(), null);
        }
        return new ListSpec(path.bucket(), path.key(), recursive, null, null, null);
    }

    /** The pattern keys must match, if any. */
    public Optional<KeyGlob> pattern() {
        return Optional.ofNullable(glob);
    }

    /** A new builder: the whole bucket, one level, every name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        Builder b = new Builder()
                .bucket(bucket)
                .prefix(prefix)
                .recursive(recursive)
                .folder(folder)
                .filter(filter);
        return glob == null ? b : b.glob(glob);
    }

    /** Builds a {@link ListSpec}; the spec checks every value when it is built. */
    public static final class Builder extends BucketSetters<Builder> implements SpecBuilder<Builder, ListSpec> {
        private String prefix = "";
        private boolean recursive;
        private KeyGlob glob;
        private String folder;
        private KeyFilter filter = KeyFilter.all();

        private Builder() {}

        /** Only keys starting with this prefix. */
        public Builder prefix(String prefix) {
            this.prefix = prefix;
            return this;
        }

        /** Every level below the prefix rather than one. */
        public Builder recursive(boolean recursive) {
            this.recursive = recursive;
            return this;
        }

        /** Only keys matching the pattern. */
        public Builder glob(KeyGlob glob) {
            this.glob = glob;
            return this;
        }

        /** What is cut from each key to make its name (default: the prefix up to its last /). */
        public Builder folder(String folder) {
            this.folder = folder;
            return this;
        }

        /** Which names are given. */
        public Builder filter(KeyFilter filter) {
            this.filter = filter;
            return this;
        }

        /** The spec; the bucket is required. */
        @Override
        public ListSpec build() {
            return new ListSpec(bucket(), prefix, recursive, glob, folder, filter);
        }
    }
}
