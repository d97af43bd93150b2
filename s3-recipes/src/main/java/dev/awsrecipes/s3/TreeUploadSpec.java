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
 */
public final class TreeUploadSpec {
    /** The default number of files sent at once. */
    public static final int DEFAULT_FILE_CONCURRENCY = 4;

    private final Path directory;
    private final String bucket;
    private final String prefix;
    private final boolean removeSource;
    private final int fileConcurrency;
    private final Consumer<UploadSpec.Builder> perFile;
    private final TreeUploadListener listener;

    private TreeUploadSpec(Builder b) {
        this.directory = Check.representable("directory", b.directory);
        this.bucket = BucketNames.check("bucket", b.bucket);
        this.prefix = folder(Check.notNull("prefix", b.prefix));
        this.removeSource = b.removeSource;
        this.fileConcurrency = (int) Check.inRange("fileConcurrency", b.fileConcurrency, 1, 32);
        this.perFile = checkPerFile(Check.notNull("perFile", b.perFile), bucket, directory);
        this.listener = Check.notNull("listener", b.listener);
    }

    /**
     * The per-file settings are checked now, on a stand-in key and file, so a bad part size is
     * reported when the spec is built, not at the first file after the bucket was checked.
     */
    private static Consumer<UploadSpec.Builder> checkPerFile(
            Consumer<UploadSpec.Builder> perFile, String bucket, Path directory) {
        UploadSpec.builder()
                .applyMutation(perFile)
                .bucket(bucket)
                .key("k")
                .file(directory)
                .build();
        return perFile;
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

    /** The directory whose files are sent, recursively. */
    public Path directory() {
        return directory;
    }

    /** The bucket, which must exist. */
    public String bucket() {
        return bucket;
    }

    /**
     * The folder every key starts with, ending in {@code /} (added when missing); empty by default. A
     * file {@code a/b.txt} goes to {@code prefix + "a/b.txt"}.
     */
    public String prefix() {
        return prefix;
    }

    /** Whether each file is deleted once its object is stored and verified. */
    public boolean removeSource() {
        return removeSource;
    }

    /** Files sent at once. */
    public int fileConcurrency() {
        return fileConcurrency;
    }

    /** Settings applied to each file's upload (part size, concurrency, listener). */
    public Consumer<UploadSpec.Builder> perFile() {
        return perFile;
    }

    /** Who hears how many files and bytes are done. */
    public TreeUploadListener listener() {
        return listener;
    }

    /** Builds a {@link TreeUploadSpec}; the spec checks every value when it is built. */
    public static final class Builder implements SpecBuilder<Builder, TreeUploadSpec> {
        private Path directory;
        private String bucket;
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

        /** The bucket (required). */
        public Builder bucket(String bucket) {
            this.bucket = bucket;
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
            return new TreeUploadSpec(this);
        }
    }
}
