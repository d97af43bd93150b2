package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link S3Transfers#upload(UploadSpec)} sends, and how. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * UploadSpec spec = UploadSpec.builder().bucket("backups").key("db/2026-05-01.dump")
 *         .file(Path.of("/var/backups/db.dump")).partSize(16 * S3Limits.MIB).concurrency(4).build();
 * }</pre>
 */
public final class UploadSpec extends ObjectTransferSpec<UploadListener> {
    private final Path file;
    private final long multipartThreshold;
    private final String uploadId;
    private final Path stateDirectory;
    private final String contentType;
    private final ChecksumAlgorithm checksumAlgorithm;

    private UploadSpec(Builder b) {
        super(b, b.resume() || b.uploadId != null, S3Limits.MIN_PART_SIZE, "S3 parts must be between 5 MiB");
        this.file = Check.representable(b.file, "file");
        this.multipartThreshold = b.multipartThreshold == null
                ? partSize()
                : Check.inRange(b.multipartThreshold, 0, S3Limits.MAX_SINGLE_PUT, "multipartThreshold");
        this.uploadId = b.uploadId == null ? null : Check.notBlank(b.uploadId, "uploadId");
        this.stateDirectory = b.stateDirectory;
        this.contentType = b.contentType == null ? null : Check.notBlank(b.contentType, "contentType");
        this.checksumAlgorithm = Check.notNull(b.checksumAlgorithm, "checksumAlgorithm");
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        Builder b = new Builder().from(this);
        b.file = file;
        b.multipartThreshold = multipartThreshold;
        b.uploadId = uploadId;
        b.stateDirectory = stateDirectory;
        b.contentType = contentType;
        b.checksumAlgorithm = checksumAlgorithm;
        return b;
    }

    /** The local file. */
    public Path file() {
        return file;
    }

    /** Files smaller than this go in one {@code PutObject}; the part size unless set. */
    public long multipartThreshold() {
        return multipartThreshold;
    }

    /**
     * The multipart upload to continue when no state file describes it (it was damaged), as found with
     * {@code ListMultipartUploads}; empty to let the state file decide.
     */
    public Optional<String> uploadId() {
        return Optional.ofNullable(uploadId);
    }

    /** Where resume state is kept; {@code ~/.cache/aws-recipes/uploads} unless set. */
    public Optional<Path> stateDirectory() {
        return Optional.ofNullable(stateDirectory);
    }

    /** The object's content type, when set. */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /**
     * The checksum sent with the bytes, checked by S3 as they arrive and read back afterwards; {@link
     * ChecksumAlgorithm#CRC32C} unless set.
     */
    public ChecksumAlgorithm checksumAlgorithm() {
        return checksumAlgorithm;
    }

    @Override
    public String toString() {
        return "UploadSpec[" + file + " -> s3://" + bucket() + "/" + key() + ", partSize=" + partSize()
                + ", concurrency=" + concurrency() + (resume() ? ", resume" : "") + "]";
    }

    /** Builds an {@link UploadSpec}; the spec checks every value when it is built. */
    public static final class Builder extends ObjectTransferSpec.Setters<Builder, UploadListener>
            implements SpecBuilder<Builder, UploadSpec> {
        private Path file;
        private Long multipartThreshold;
        private String uploadId;
        private Path stateDirectory;
        private String contentType;
        private ChecksumAlgorithm checksumAlgorithm = ChecksumAlgorithm.CRC32C;

        private Builder() {
            super(UploadListener.none());
        }

        /** The local file (required). */
        public Builder file(Path file) {
            this.file = file;
            return this;
        }

        /** Part size in bytes, from 5 MiB to 5 GiB; 8 MiB by default. */
        @Override
        public Builder partSize(long partSize) {
            return super.partSize(partSize);
        }

        /** Files smaller than this go in one {@code PutObject} (at most 5 GiB); the part size by default. */
        public Builder multipartThreshold(long threshold) {
            this.multipartThreshold = threshold;
            return this;
        }

        /**
         * Continue this multipart upload of the key (implies {@link #resume(boolean)}), for when its state
         * file is lost or damaged. Parts S3 holds are kept only if their checksum matches the file's bytes.
         */
        public Builder uploadId(String uploadId) {
            this.uploadId = uploadId;
            return this;
        }

        /** Where resume state files are kept; {@code ~/.cache/aws-recipes/uploads} unless set. */
        public Builder stateDirectory(Path directory) {
            this.stateDirectory = directory;
            return this;
        }

        /** The object's content type. */
        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /**
         * The checksum computed from the file and sent with it: CRC32C (the default), CRC32, SHA1, SHA256
         * (composite for a multipart upload) or CRC64NVME (of the whole object, also in parts; computed
         * here, without the SDK's CRT).
         */
        public Builder checksumAlgorithm(ChecksumAlgorithm algorithm) {
            this.checksumAlgorithm = algorithm;
            return this;
        }

        /** The spec; bucket, key and file are required ({@code InvalidArgumentException} names a bad value). */
        @Override
        public UploadSpec build() {
            return new UploadSpec(this);
        }
    }
}
