package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link S3Transfers#download(DownloadSpec)} fetches, where to, and how. Immutable; build with
 * {@link #builder()}. The target is either a file or an output stream, never both.
 *
 * <pre>{@code
 * DownloadSpec spec = DownloadSpec.builder().bucket("backups").key("db/2026-05-01.dump")
 *         .file(Path.of("/var/restore/db.dump")).concurrency(8).resume(true).build();
 * }</pre>
 */
public final class DownloadSpec {
    /** The smallest range fetched at once. */
    public static final long MIN_PART_SIZE = S3Limits.MIB;
    /** The default range fetched at once, 8 MiB. */
    public static final long DEFAULT_PART_SIZE = 8 * S3Limits.MIB;
    /** The default number of ranges in flight. */
    public static final int DEFAULT_CONCURRENCY = 8;
    /** The default attempts per part, on top of the SDK's own retries of each request. */
    public static final int DEFAULT_PART_ATTEMPTS = 4;

    private final String bucket;
    private final String key;
    private final Path file;
    private final OutputStream output;
    private final long partSize;
    private final int concurrency;
    private final boolean resume;
    private final boolean overwrite;
    private final int partAttempts;
    private final DownloadListener listener;

    private DownloadSpec(Builder b) {
        this.bucket = BucketNames.check("bucket", b.bucket);
        this.key = BucketNames.checkKey("key", b.key);
        if ((b.file == null) == (b.output == null)) {
            throw new InvalidArgumentException("file", "give either a file or an output stream to download into");
        }
        if (b.output != null && b.resume) {
            throw new InvalidArgumentException("resume", "a download to a stream cannot be resumed; give a file");
        }
        this.file = b.file;
        this.output = b.output;
        this.partSize = b.partSize;
        this.concurrency = b.concurrency;
        this.resume = b.resume;
        this.overwrite = b.overwrite;
        this.partAttempts = b.partAttempts;
        this.listener = b.listener;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bucket = bucket;
        b.key = key;
        b.file = file;
        b.output = output;
        b.partSize = partSize;
        b.concurrency = concurrency;
        b.resume = resume;
        b.overwrite = overwrite;
        b.partAttempts = partAttempts;
        b.listener = listener;
        return b;
    }

    /** The bucket. */
    public String bucket() {
        return bucket;
    }

    /** The object's key. */
    public String key() {
        return key;
    }

    /** The file to create, when the target is a file. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The stream to write to (left open), when the target is a stream. */
    public Optional<OutputStream> output() {
        return Optional.ofNullable(output);
    }

    /** The largest range fetched in one GET; it grows by itself so an object needs at most 10,000 ranges. */
    public long partSize() {
        return partSize;
    }

    /**
     * Ranges in flight at once. To a file memory stays at one small buffer per range in flight; to a
     * stream ranges are held until their turn, so up to {@code concurrency × partSize} bytes.
     */
    public int concurrency() {
        return concurrency;
    }

    /** Whether to continue an interrupted download of the same object into the same file. */
    public boolean resume() {
        return resume;
    }

    /** Whether an existing file may be replaced. */
    public boolean overwrite() {
        return overwrite;
    }

    /** Attempts per part before the download gives up. */
    public int partAttempts() {
        return partAttempts;
    }

    /** Who hears about progress and retries. */
    public DownloadListener listener() {
        return listener;
    }

    @Override
    public String toString() {
        return "DownloadSpec[s3://" + bucket + "/" + key + " -> " + (file != null ? file : "stream") + ", partSize="
                + partSize + ", concurrency=" + concurrency + (resume ? ", resume" : "")
                + (overwrite ? ", overwrite" : "") + "]";
    }

    /** Builds a {@link DownloadSpec}; each setter checks its value at once. */
    public static final class Builder {
        private String bucket;
        private String key;
        private Path file;
        private OutputStream output;
        private long partSize = DEFAULT_PART_SIZE;
        private int concurrency = DEFAULT_CONCURRENCY;
        private boolean resume;
        private boolean overwrite;
        private int partAttempts = DEFAULT_PART_ATTEMPTS;
        private DownloadListener listener = DownloadListener.none();

        private Builder() {}

        /** The bucket (required). */
        public Builder bucket(String bucket) {
            this.bucket = BucketNames.check("bucket", bucket);
            return this;
        }

        /** The object's key (required). */
        public Builder key(String key) {
            this.key = BucketNames.checkKey("key", key);
            return this;
        }

        /** The file to create; its directory must exist. Either this or {@link #output}. */
        public Builder file(Path file) {
            this.file = Check.notNull("file", file);
            return this;
        }

        /** The stream to write the object to, in order (not closed). Either this or {@link #file}. */
        public Builder output(OutputStream output) {
            this.output = Check.notNull("output", output);
            return this;
        }

        /** Range size in bytes, from 1 MiB to 5 GiB; 8 MiB by default. */
        public Builder partSize(long partSize) {
            if (partSize < MIN_PART_SIZE || partSize > S3Limits.MAX_PART_SIZE) {
                throw new InvalidArgumentException(
                        "partSize",
                        "partSize is " + partSize + " bytes; it must be between 1 MiB (" + MIN_PART_SIZE
                                + ") and 5 GiB (" + S3Limits.MAX_PART_SIZE + ")");
            }
            this.partSize = partSize;
            return this;
        }

        /** Ranges in flight at once, 1 to 64; 8 by default. */
        public Builder concurrency(int concurrency) {
            this.concurrency = (int) Check.inRange("concurrency", concurrency, 1, 64);
            return this;
        }

        /** Continue an interrupted download, keeping the parts already written (if the object is unchanged). */
        public Builder resume(boolean resume) {
            this.resume = resume;
            return this;
        }

        /** Replace the file if it exists; without this an existing file is an error before any call. */
        public Builder overwrite(boolean overwrite) {
            this.overwrite = overwrite;
            return this;
        }

        /** Attempts per part, 1 to 10; 4 by default. */
        public Builder partAttempts(int attempts) {
            this.partAttempts = (int) Check.inRange("partAttempts", attempts, 1, 10);
            return this;
        }

        /** Who hears about progress and retries. */
        public Builder listener(DownloadListener listener) {
            this.listener = Check.notNull("listener", listener);
            return this;
        }

        /** The spec; bucket, key and a file or an output stream are required. */
        public DownloadSpec build() {
            return new DownloadSpec(this);
        }
    }
}
