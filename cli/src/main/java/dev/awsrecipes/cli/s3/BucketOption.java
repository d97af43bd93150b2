package dev.awsrecipes.cli.s3;

import dev.awsrecipes.s3.BucketNames;
import picocli.CommandLine.Option;

/** {@code --bucket B}, declared once for every command that works on one bucket. */
public final class BucketOption {
    @Option(names = "--bucket", required = true, paramLabel = "B", description = "Bucket name.")
    String bucket;

    public String bucket() {
        return bucket;
    }

    /** Checks S3's bucket naming rules before any call. */
    void check() {
        BucketNames.check("--bucket", bucket);
    }
}
