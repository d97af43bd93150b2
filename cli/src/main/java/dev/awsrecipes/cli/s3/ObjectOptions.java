package dev.awsrecipes.cli.s3;

import dev.awsrecipes.s3.BucketNames;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --bucket B --key K}, declared once for every command that names one object; the path
 * {@code s3://B/K} is read as these two options by {@link S3PathArgs}.
 */
public final class ObjectOptions {
    @Option(
            names = "--bucket",
            required = true,
            paramLabel = "B",
            description = "Bucket name; or give the object as one path, s3://B/K, in place of --bucket and --key.")
    String bucket;

    @Option(names = "--key", required = true, paramLabel = "K", description = "Object key.")
    String key;

    public String bucket() {
        return bucket;
    }

    public String key() {
        return key;
    }

    /** These options as typed, to repeat them in a suggested command. */
    List<String> words() {
        return List.of("--bucket", bucket, "--key", key);
    }

    /** Checks both before any call: S3's bucket naming rules, and a key of 1 to 1,024 UTF-8 bytes. */
    void check() {
        BucketNames.check("--bucket", bucket);
        BucketNames.checkKey("--key", key);
    }
}
