package dev.awsrecipes.cli.s3;

import dev.awsrecipes.s3.BucketNames;
import picocli.CommandLine.Option;

/**
 * {@code --bucket B}, declared once for every command that works on one bucket; {@code s3://B} is read as
 * {@code --bucket B} by {@link S3PathArgs} (and {@code s3://B/P} as {@code --prefix P} where there is one).
 */
public final class BucketOption {
    @Option(
            names = "--bucket",
            required = true,
            paramLabel = "B",
            description = "Bucket name; or write the bucket as a path, s3://B, among the arguments.")
    String bucket;

    public String bucket() {
        return bucket;
    }

    /** Checks S3's bucket naming rules before any call. */
    void check() {
        BucketNames.check("--bucket", bucket);
    }
}
