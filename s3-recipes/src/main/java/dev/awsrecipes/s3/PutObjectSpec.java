package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * What {@link S3Recipes#putObject(PutObjectSpec)} stores: one object from a string, a file or a stream,
 * private to the bucket owner, optionally with user metadata and a storage class.
 *
 * <pre>{@code
 * s3.putObject(p -> p.bucket("reports").key("q3.csv").file(Path.of("q3.csv"))
 *                    .putMetadata("owner", "finance").storageClass(StorageClass.STANDARD_IA));
 * }</pre>
 *
 * <p>Exactly one of {@code text}, {@code bytes}, {@code file} and {@code stream} must be given; the spec
 * checks this and every other value when it is built.
 */
public final class PutObjectSpec {
    private final String bucket;
    private final String key;
    private final byte[] bytes;
    private final Path file;
    private final InputStream stream;
    private final long streamLength;
    private final String contentType;
    private final Map<String, String> metadata;
    private final StorageClass storageClass;

    private PutObjectSpec(Builder b) {
        this.bucket = BucketNames.check("bucket", b.bucket());
        this.key = BucketNames.checkKey("key", b.key());
        this.metadata = Map.copyOf(ObjectRules.metadata("metadata", b.metadata));
        this.storageClass = b.storageClass == null ? null : ObjectRules.storageClass("storageClass", b.storageClass);
        int sources = (b.bytes != null ? 1 : 0) + (b.file != null ? 1 : 0) + (b.stream != null ? 1 : 0);
        Check.that(sources == 1, "content", "needs exactly one of text, bytes, file or stream; got " + sources);
        this.bytes = b.bytes;
        this.file = b.file;
        this.stream = b.stream;
        this.streamLength = b.stream == null ? -1 : Check.inRange(b.streamLength, 0, S3Limits.MAX_SINGLE_PUT, "length");
        this.contentType = b.contentType;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The bucket. */
    public String bucket() {
        return bucket;
    }

    /** The object key. */
    public String key() {
        return key;
    }

    /** The content given as text or bytes, or null. */
    public byte[] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    /** The file to upload, or null. */
    public Path file() {
        return file;
    }

    /** The stream to upload, or null; it is read once and not closed. */
    public InputStream stream() {
        return stream;
    }

    /** How many bytes the stream holds; -1 when no stream was given. */
    public long streamLength() {
        return streamLength;
    }

    /** The {@code Content-Type}, or null to let the recipe choose. */
    public String contentType() {
        return contentType;
    }

    /** The user metadata to store with the object. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** The storage class, or null for {@code STANDARD}. */
    public StorageClass storageClass() {
        return storageClass;
    }

    /** Builds a {@link PutObjectSpec}; the spec checks every value when it is built. */
    public static final class Builder extends ObjectSetters<Builder> implements SpecBuilder<Builder, PutObjectSpec> {
        private byte[] bytes;
        private Path file;
        private InputStream stream;
        private long streamLength = -1;
        private String contentType;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private StorageClass storageClass;

        private Builder() {}

        /** Store this text, as UTF-8 ({@code text/plain; charset=utf-8} unless a content type is given). */
        public Builder text(String text) {
            this.bytes = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
            if (text != null && contentType == null) {
                this.contentType = "text/plain; charset=utf-8";
            }
            return this;
        }

        /** Store these bytes. */
        public Builder bytes(byte[] bytes) {
            this.bytes = bytes == null ? null : bytes.clone();
            return this;
        }

        /** Store the content of this file. */
        public Builder file(Path file) {
            this.file = file;
            return this;
        }

        /** Store {@code length} bytes read from this stream (S3 needs the length up front). */
        public Builder stream(InputStream stream, long length) {
            this.stream = stream;
            this.streamLength = length;
            return this;
        }

        /** The {@code Content-Type}. */
        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /** Replaces the user metadata. */
        public Builder metadata(Map<String, String> metadata) {
            this.metadata.clear();
            if (metadata != null) {
                this.metadata.putAll(metadata);
            }
            return this;
        }

        /** Adds one user metadata entry. */
        public Builder putMetadata(String name, String value) {
            this.metadata.put(name, value);
            return this;
        }

        /** The storage class; see {@link S3Recipes#changeStorageClass} for the ones accepted. */
        public Builder storageClass(StorageClass storageClass) {
            this.storageClass = storageClass;
            return this;
        }

        /** The spec; bucket, key and exactly one content are required. */
        @Override
        public PutObjectSpec build() {
            return new PutObjectSpec(this);
        }
    }
}
