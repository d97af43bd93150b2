package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What {@link S3Transfers#uploadTree(TreeUploadSpec)} sends: every regular file under a directory, to
 * keys under a prefix. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * TreeUploadSpec spec = TreeUploadSpec.builder().directory(Path.of("site")).bucket("www")
 *         .prefix("v2/").removeSource(false).build();
 * }</pre>
 *
 * @param directory the directory whose files are sent, recursively
 * @param bucket the bucket, which must exist
 * @param prefix the folder every key starts with, ending in {@code /} (added when missing); empty by
 *     default. A file {@code a/b.txt} goes to {@code prefix + "a/b.txt"}
 * @param removeSource whether each file is deleted once its object is stored and verified
 * @param fileConcurrency files sent at once, 1 to 32
 * @param perFile settings applied to each file's upload (part size, concurrency, listener)
 * @param listener who hears how many files and bytes are done
 */
public record TreeUploadSpec(
        Path directory,
        String bucket,
        String prefix,
        boolean removeSource,
        int fileConcurrency,
        Consumer<UploadSpec.Builder> perFile,
        TreeUploadListener listener) {
    /** The default number of files sent at once. */
    public static final int DEFAULT_FILE_CONCURRENCY = 4;

    /** Checks every value; the prefix is read as a folder ({@code backups} becomes {@code backups/}). */
    public TreeUploadSpec {
        Check.representable(directory, "directory");
        BucketNames.check("bucket", bucket);
        prefix = folder(Check.notNull(prefix, "prefix"));
        Check.inRange(fileConcurrency, 1, 32, "fileConcurrency");
        checkPerFile(Check.notNull(perFile, "perFile"), bucket, directory);
        Check.notNull(listener, "listener");
    }

    /**
     * The per-file settings are checked now, on a stand-in key and file, so a bad part size is
     * reported when the spec is built, not at the first file after the bucket was checked.
     */
    private static void checkPerFile(Consumer<UploadSpec.Builder> perFile, String bucket, Path directory) {
        UploadSpec.builder()
                .applyMutation(perFile)
                .bucket(bucket)
                .key("k")
                .file(directory)
                .build();
    }

    /**
     * A prefix names a folder, as with {@code aws s3 cp --recursive}: {@code backups} is read as
     * {@code backups/}, so {@code a.txt} goes to {@code backups/a.txt}, never to {@code backupsa.txt}.
     */
    static String folder(String prefix) {
        return prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        return new Builder()
                .directory(directory)
                .bucket(bucket)
                .prefix(prefix)
                .removeSource(removeSource)
                .fileConcurrency(fileConcurrency)
                .perFile(perFile)
                .listener(listener);
    }

    /** Builds a {@link TreeUploadSpec}; the spec checks every value when it is built. */
    public static final class Builder extends BucketSetters<Builder> implements SpecBuilder<Builder, TreeUploadSpec> {
        private Path directory;
        private String prefix = "";
        private boolean removeSource;
        private int fileConcurrency = DEFAULT_FILE_CONCURRENCY;
        private Consumer<UploadSpec.Builder> perFile = b -> {};
        private TreeUploadListener listener = TreeUploadListener.none();

        private Builder() {}

        /** The directory (required). */
        public Builder directory(Path directory) {
            this.directory = directory;
            return this;
        }

        /** The folder the keys go under; {@code backups} and {@code backups/} both mean the folder. */
        public Builder prefix(String prefix) {
            this.prefix = prefix;
            return this;
        }

        /** Delete each source file once its object is stored and verified. */
        public Builder removeSource(boolean removeSource) {
            this.removeSource = removeSource;
            return this;
        }

        /** Files sent at once, 1 to 32; 4 by default. */
        public Builder fileConcurrency(int fileConcurrency) {
            this.fileConcurrency = fileConcurrency;
            return this;
        }

        /**
         * Settings for each file's upload: part size, part concurrency, listener. Bucket, key and file
         * are set by the tree and override what this sets.
         */
        public Builder perFile(Consumer<UploadSpec.Builder> perFile) {
            this.perFile = perFile;
            return this;
        }

        /** Who hears how many files and bytes are done. */
        public Builder listener(TreeUploadListener listener) {
            this.listener = listener;
            return this;
        }

        /** The spec; directory and bucket are required. */
        @Override
        public TreeUploadSpec build() {
            return new TreeUploadSpec(directory, bucket(), prefix, removeSource, fileConcurrency, perFile, listener);
        }
    }
}
