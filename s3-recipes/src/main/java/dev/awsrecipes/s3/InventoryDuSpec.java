package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;

/**
 * What {@link S3Recipes#bucketDuFromInventory(InventoryDuSpec)} reads: the newest S3 Inventory report of
 * one inventory configuration, found where S3 delivers it, {@code
 * s3://DESTINATION-BUCKET/DESTINATION-PREFIX/SOURCE-BUCKET/CONFIG-ID/YYYY-MM-DDTHH-MMZ/manifest.json}.
 *
 * <pre>{@code
 * BucketUsage usage = s3.bucketDuFromInventory(
 *         i -> i.location("s3://inventory-reports/daily/team-logs/all-objects/").prefix("2026/"));
 * }</pre>
 *
 * @param destinationBucket the bucket S3 delivers the reports to
 * @param reportPrefix the key prefix of the configuration's reports, {@code
 *     DESTINATION-PREFIX/SOURCE-BUCKET/CONFIG-ID/} (a missing final {@code /} is added)
 * @param prefix only keys of the source bucket starting with it; empty for every key in the report
 * @param allVersions count every version and delete marker (the report must list all versions)
 */
public record InventoryDuSpec(String destinationBucket, String reportPrefix, String prefix, boolean allVersions) {
    private static final String SCHEME = "s3://";

    /** Checks every value; a null prefix means every key. */
    public InventoryDuSpec {
        BucketNames.check("destinationBucket", destinationBucket);
        Check.notBlank(reportPrefix, "reportPrefix");
        reportPrefix = reportPrefix.endsWith("/") ? reportPrefix : reportPrefix + "/";
        Check.that(
                !reportPrefix.startsWith("/"),
                "reportPrefix",
                "\"" + reportPrefix + "\" must not start with /: S3 keys have no leading slash");
        Check.that(reportPrefix.length() <= 1024, "reportPrefix", "is longer than any S3 key");
        prefix = prefix == null ? "" : prefix;
        Check.that(prefix.length() <= 1024, "prefix", "is longer than any S3 key");
    }

    /** A new builder: current objects only, every key of the report. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link InventoryDuSpec}; the spec checks every value when it is built. */
    public static final class Builder implements SpecBuilder<Builder, InventoryDuSpec> {
        private String destinationBucket;
        private String reportPrefix;
        private String prefix = "";
        private boolean allVersions;

        private Builder() {}

        /**
         * Where the configuration's reports are, as {@code s3://DESTINATION-BUCKET/PREFIX/SOURCE-BUCKET/CONFIG-ID/}:
         * sets the destination bucket and the report prefix.
         *
         * @throws dev.awsrecipes.core.InvalidArgumentException (named {@code inventory}) when it is not such
         *     an address
         */
        public Builder location(String s3Uri) {
            Check.notBlank(s3Uri, "inventory");
            Check.that(
                    s3Uri.startsWith(SCHEME),
                    "inventory",
                    "\"" + s3Uri + "\" must be s3://DESTINATION-BUCKET/PREFIX/SOURCE-BUCKET/CONFIG-ID/");
            String rest = s3Uri.substring(SCHEME.length());
            int slash = rest.indexOf('/');
            Check.that(
                    slash > 0 && slash < rest.length() - 1,
                    "inventory",
                    "\"" + s3Uri + "\" names no report prefix: it must be"
                            + " s3://DESTINATION-BUCKET/PREFIX/SOURCE-BUCKET/CONFIG-ID/");
            BucketNames.check("inventory", rest.substring(0, slash));
            this.destinationBucket = rest.substring(0, slash);
            this.reportPrefix = rest.substring(slash + 1);
            return this;
        }

        /** The bucket the reports are delivered to. */
        public Builder destinationBucket(String destinationBucket) {
            this.destinationBucket = destinationBucket;
            return this;
        }

        /** {@code DESTINATION-PREFIX/SOURCE-BUCKET/CONFIG-ID/}. */
        public Builder reportPrefix(String reportPrefix) {
            this.reportPrefix = reportPrefix;
            return this;
        }

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

        /** The spec; the location is required. */
        @Override
        public InventoryDuSpec build() {
            return new InventoryDuSpec(destinationBucket, reportPrefix, prefix, allVersions);
        }
    }
}
