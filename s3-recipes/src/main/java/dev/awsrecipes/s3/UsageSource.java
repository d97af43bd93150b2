package dev.awsrecipes.s3;

/** Where a {@link BucketUsage} comes from, and so how old and how exact it is. */
public enum UsageSource {
    /** Listed now, key by key: exact, and costs one request per 1,000 keys. */
    LISTING,
    /** Read from the newest S3 Inventory report: exact as of the day S3 wrote the report. */
    INVENTORY,
    /**
     * Read from CloudWatch's daily storage metrics ({@code AWS/S3} {@code BucketSizeBytes} and {@code
     * NumberOfObjects}): bytes per CloudWatch storage type and one object count, as of that day.
     */
    METRICS
}
