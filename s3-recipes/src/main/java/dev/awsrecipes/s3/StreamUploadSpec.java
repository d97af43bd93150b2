package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.SpecBuilder;
import java.io.InputStream;
import java.util.Optional;

/**
 * What {@link S3Transfers#upload(StreamUploadSpec)} sends: the bytes of a stream whose length is not known
 * beforehand (standard input, a pipe, a dump being written), to one object. Immutable; build with {@link
 * #builder()}.
 *
 * <pre>{@code
 * try (InputStream dump = process.getInputStream()) {
 *     transfers.upload(StreamUploadSpec.builder().bucket("backups").key("db.dump.gz").input(dump)
 *             .partSize(16 * S3Limits.MIB).concurrency(4).build());
 * }
 * }</pre>
 *
 * <p>The stream is read into memory one part at a time. If it ends within the first part, the
 * object is stored with one {@code PutObject}; otherwise it goes up in a multipart upload whose parts are
 * sent while the next ones are read. <b>Memory:</b> at most {@code concurrency} parts are held at once
 * (the one being read included), so at most {@code concurrency × partSize} bytes. Since the length is
 * unknown, the part size grows so that 10,000 parts can reach S3's 5 TiB: it is the requested size (at
 * least 6 MiB) for the first 1,000 parts and doubles every 1,000 parts after (at most 5 GiB), so a stream
 * over {@code 1,000 × partSize} bytes holds more: {@code concurrency × } the current part size.
 *
 * <p>Each part carries its CRC32C, which S3 checks; the stored object's size and composite checksum are
 * checked at the end. A failure (the stream's or S3's) aborts the multipart upload, so nothing is left
 * in S3. An upload from a stream cannot be resumed. The caller's stream is never closed.
 *
 * <p>The listener's progress reports count as totals what has been read so far, since the length is
 * known only at the end; {@link UploadListener#multipartStarted} is called with a {@code null} state file.
 */
public final class StreamUploadSpec extends ObjectTransferSpec<UploadListener> {
    private final InputStream input;
    private final String contentType;

    private StreamUploadSpec(Builder b) {
        super(b, false, S3Limits.MIN_PART_SIZE, "S3 parts must be between 5 MiB");
        if (b.resume()) {
            throw new InvalidArgumentException(
                    "resume",
                    "an upload from a stream cannot be resumed: leave out resume (--resume), or upload a file");
        }
        this.input = Check.notNull(b.input, "input");
        this.contentType = b.contentType == null ? null : Check.notBlank(b.contentType, "contentType");
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        Builder b = new Builder().from(this);
        b.input = input;
        b.contentType = contentType;
        return b;
    }

    /** The stream to read to its end (left open). */
    public InputStream input() {
        return input;
    }

    /** The object's content type, when set. */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    @Override
    public String toString() {
        return "StreamUploadSpec[stream -> s3://" + bucket() + "/" + key() + ", partSize=" + partSize()
                + ", concurrency=" + concurrency() + "]";
    }

    /** Builds a {@link StreamUploadSpec}; the spec checks every value when it is built. */
    public static final class Builder extends ObjectTransferSpec.Setters<Builder, UploadListener>
            implements SpecBuilder<Builder, StreamUploadSpec> {
        private InputStream input;
        private String contentType;

        private Builder() {
            super(UploadListener.none());
        }

        /** The stream to upload, read to its end and left open (required). */
        public Builder input(InputStream input) {
            this.input = input;
            return this;
        }

        /**
         * Size of the first 1,000 parts in bytes, 5 MiB to 5 GiB (raised to 6 MiB so that 10,000 growing
         * parts reach 5 TiB); 8 MiB by default. Also the most a stream may hold to be stored with one
         * {@code PutObject}.
         */
        @Override
        public Builder partSize(long partSize) {
            return super.partSize(partSize);
        }

        /** The object's content type. */
        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /** The spec; bucket, key and input are required ({@code InvalidArgumentException} names a bad value). */
        @Override
        public StreamUploadSpec build() {
            return new StreamUploadSpec(this);
        }
    }
}
