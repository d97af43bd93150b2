package dev.awsrecipes.s3;

import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.SpecBuilder;
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
public final class DownloadSpec extends ObjectTransferSpec<DownloadListener> {
    private final Path file;
    private final OutputStream output;
    private final boolean overwrite;
    private final boolean partSizeGiven;

    private DownloadSpec(Builder b) {
        super(b, b.resume(), TransferSettings.MIN_PART_SIZE, "it must be between 1 MiB");
        if ((b.file == null) == (b.output == null)) {
            throw new InvalidArgumentException("file", "give either a file or an output stream to download into");
        }
        if (b.output != null && b.resume()) {
            throw new InvalidArgumentException("resume", "a download to a stream cannot be resumed; give a file");
        }
        this.file = b.file;
        this.output = b.output;
        this.overwrite = b.overwrite;
        this.partSizeGiven = b.partSizeGiven;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        Builder b = new Builder().from(this);
        b.file = file;
        b.output = output;
        b.overwrite = overwrite;
        b.partSizeGiven = partSizeGiven; // from() set it through partSize(); only the caller's setting counts
        return b;
    }

    /** The file to create, when the target is a file. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The stream to write to (left open), when the target is a stream. */
    public Optional<OutputStream> output() {
        return Optional.ofNullable(output);
    }

    /**
     * Whether the range size was given ({@link Builder#partSize} or {@link Builder#transfer}): then every
     * GET asks for one range. Otherwise ranges are 8 MiB and a download to a file asks for several
     * consecutive ones in one GET, sized from the object's size and the concurrency (about four GETs per
     * range in flight, at most 128 MiB each): fewer requests for the same bytes.
     */
    public boolean partSizeGiven() {
        return partSizeGiven;
    }

    /** Whether an existing file may be replaced. */
    public boolean overwrite() {
        return overwrite;
    }

    @Override
    public String toString() {
        return "DownloadSpec[s3://" + bucket() + "/" + key() + " -> " + (file != null ? file : "stream") + ", partSize="
                + partSize() + ", concurrency=" + concurrency() + (resume() ? ", resume" : "")
                + (overwrite ? ", overwrite" : "") + "]";
    }

    /** Builds a {@link DownloadSpec}; the spec checks every value when it is built. */
    public static final class Builder extends ObjectTransferSpec.Setters<Builder, DownloadListener>
            implements SpecBuilder<Builder, DownloadSpec> {
        private Path file;
        private OutputStream output;
        private boolean overwrite;
        private boolean partSizeGiven;

        private Builder() {
            super(DownloadListener.none());
        }

        /** The file to create; its directory must exist. Either this or {@link #output}. */
        public Builder file(Path file) {
            this.file = file;
            return this;
        }

        /** The stream to write the object to, in order (not closed). Either this or {@link #file}. */
        public Builder output(OutputStream output) {
            this.output = output;
            return this;
        }

        /**
         * Range size in bytes, from 1 MiB to 5 GiB, each range one GET. Without it ranges are 8 MiB and
         * GETs to a file ask for several consecutive ones at once (see {@link DownloadSpec#partSizeGiven()}).
         */
        @Override
        public Builder partSize(long partSize) {
            this.partSizeGiven = true;
            return super.partSize(partSize);
        }

        /** Replace the file if it exists; without this an existing file is an error before any call. */
        public Builder overwrite(boolean overwrite) {
            this.overwrite = overwrite;
            return this;
        }

        /** The spec; bucket, key and a file or an output stream are required. */
        @Override
        public DownloadSpec build() {
            return new DownloadSpec(this);
        }
    }
}
