package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * A server-side copy: S3 copies the bytes itself, nothing passes through the caller.
 *
 * <pre>{@code
 * s3.copyObject(c -> c.sourceBucket("raw").sourceKey("in/a.csv").bucket("archive").key("2026/a.csv")
 *                     .replaceMetadata(Map.of("stage", "archived")));
 * }</pre>
 *
 * @param sourceBucket where the object is
 * @param sourceKey its key
 * @param bucket where the copy goes
 * @param key the copy's key
 * @param metadata the copy's new user metadata, or null to keep the source's
 * @param storageClass the copy's storage class, or null to keep the source's
 * @param multipartThreshold objects larger than this are copied in parts ({@code UploadPartCopy});
 *     S3 copies at most 5 GiB in one call, which is the default
 * @param partSize the size of each copied part (5 MiB to 5 GiB; raised when 10,000 parts would not do)
 */
public record CopyObjectSpec(
        String sourceBucket,
        String sourceKey,
        String bucket,
        String key,
        Map<String, String> metadata,
        StorageClass storageClass,
        long multipartThreshold,
        long partSize) {
    /** The default part size of multipart copies, 256 MiB. */
    public static final long DEFAULT_PART_SIZE = 256 * S3Limits.MIB;

    /** Checks every value and copies the metadata; null keeps the source object's. */
    public CopyObjectSpec {
        BucketNames.check("sourceBucket", sourceBucket);
        BucketNames.checkKey("sourceKey", sourceKey);
        BucketNames.check("bucket", bucket);
        BucketNames.checkKey("key", key);
        metadata = metadata == null ? null : Map.copyOf(ObjectRules.metadata("metadata", metadata));
        if (storageClass != null) {
            ObjectRules.storageClass("storageClass", storageClass);
        }
        Check.inRange(multipartThreshold, S3Limits.MIN_PART_SIZE, S3Limits.MAX_SINGLE_COPY, "multipartThreshold");
        Check.inRange(partSize, S3Limits.MIN_PART_SIZE, S3Limits.MAX_PART_SIZE, "partSize");
    }

    /** A new builder: metadata and storage class kept, default threshold and part size. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        Builder b = new Builder()
                .sourceBucket(sourceBucket)
                .sourceKey(sourceKey)
                .bucket(bucket)
                .key(key)
                .storageClass(storageClass)
                .multipartThreshold(multipartThreshold)
                .partSize(partSize);
        return metadata == null ? b : b.replaceMetadata(metadata);
    }

    /** Builds a {@link CopyObjectSpec}; the spec checks every value when it is built. */
    public static final class Builder extends ObjectSetters<Builder> implements SpecBuilder<Builder, CopyObjectSpec> {
        private String sourceBucket;
        private String sourceKey;
        private Map<String, String> metadata;
        private StorageClass storageClass;
        private long multipartThreshold = S3Limits.MAX_SINGLE_COPY;
        private long partSize = DEFAULT_PART_SIZE;

        private Builder() {}

        /** The source bucket. */
        public Builder sourceBucket(String sourceBucket) {
            this.sourceBucket = sourceBucket;
            return this;
        }

        /** The source key. */
        public Builder sourceKey(String sourceKey) {
            this.sourceKey = sourceKey;
            return this;
        }

        /** Give the copy this user metadata instead of the source's. */
        public Builder replaceMetadata(Map<String, String> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        /** Keep the source's user metadata (the default). */
        public Builder keepMetadata() {
            this.metadata = null;
            return this;
        }

        /** The copy's storage class; null keeps the source's. */
        public Builder storageClass(StorageClass storageClass) {
            this.storageClass = storageClass;
            return this;
        }

        /** Objects larger than this are copied in parts. */
        public Builder multipartThreshold(long multipartThreshold) {
            this.multipartThreshold = multipartThreshold;
            return this;
        }

        /** The size of each copied part. */
        public Builder partSize(long partSize) {
            this.partSize = partSize;
            return this;
        }

        /** The spec; both buckets and keys are required. */
        @Override
        public CopyObjectSpec build() {
            return new CopyObjectSpec(
                    sourceBucket, sourceKey, bucket(), key(), metadata, storageClass, multipartThreshold, partSize);
        }
    }
}
