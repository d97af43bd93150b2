package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;

/**
 * What {@link S3Recipes#bucketDu(BucketDuSpec)} counts.
 *
 * <pre>{@code
 * BucketUsage logs = s3.bucketDu(d -> d.bucket("team-logs").prefix("2026/").allVersions(true));
 * }</pre>
 *
 * @param bucket the bucket
 * @param prefix only keys starting with it; empty for the whole bucket
 * @param allVersions count every version and delete marker, not only the current objects
 * @param parallelism how many key ranges are listed at the same time once the bucket proves large
 */
public record BucketDuSpec(String bucket, String prefix, boolean allVersions, int parallelism) {
    /** The default number of key ranges listed at once. */
    public static final int DEFAULT_PARALLELISM = 8;

    /** Checks every value; a null prefix means the whole bucket. */
    public BucketDuSpec {
        BucketNames.check("bucket", bucket);
        prefix = prefix == null ? "" : prefix;
        Check.that(prefix.length() <= 1024, "prefix", "is longer than any S3 key");
        Check.inRange(parallelism, 1, 256, "parallelism");
    }

    /** A new builder: whole bucket, current objects only, default parallelism. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BucketDuSpec}; the spec checks every value when it is built. */
    public static final class Builder extends BucketSetters<Builder> implements SpecBuilder<Builder, BucketDuSpec> {
        private String prefix = "";
        private boolean allVersions;
        private int parallelism = DEFAULT_PARALLELISM;

        private Builder() {}

        /** Only keys starting with this prefix. */
        public Builder prefix(String prefix) {
            this.prefix = prefix;
            return this;
        }

        /** Count every version and delete marker. */
        public Builder allVersions(boolean allVersions) {
            this.allVersions = allVersions;
            return this;
        }

        /** How many key ranges are listed at once (1 lists sequentially). */
        public Builder parallelism(int parallelism) {
            this.parallelism = parallelism;
            return this;
        }

        /** The spec; the bucket is required. */
        @Override
        public BucketDuSpec build() {
            return new BucketDuSpec(bucket(), prefix, allVersions, parallelism);
        }
    }
}
