package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.BucketDuSpec;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.StorageClassUsage;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes bucket-du}: S4, how much a bucket (or a prefix of it) holds. */
@Command(name = "bucket-du", description = "Total bytes and object count of a bucket, by storage class.")
public final class BucketDuCommand extends BucketCommand<BucketUsage> {
    @Option(names = "--prefix", paramLabel = "P", description = "Only keys starting with P.")
    String prefix = "";

    @Option(names = "--versions", description = "Count every version (and delete marker), not only current objects.")
    boolean versions;

    @Option(names = "--parallelism", paramLabel = "N", description = "Key ranges listed at once in large buckets.")
    int parallelism = BucketDuSpec.DEFAULT_PARALLELISM;

    private BucketDuSpec spec;

    /** Named so a bad value's message starts with --parallelism, as when this command checked it itself. */
    @Override
    protected Map<String, String> optionsForArguments() {
        return Map.of("parallelism", "--parallelism");
    }

    @Override
    protected void validate() {
        super.validate();
        spec = BucketDuSpec.builder()
                .bucket(target.bucket())
                .prefix(prefix)
                .allVersions(versions)
                .parallelism(parallelism)
                .build();
    }

    @Override
    protected BucketUsage run(Aws aws) {
        return showProgress().counting("bucket-du", versions ? "versions" : "objects", task -> S3Recipes.using(aws)
                .bucketDu(spec, (items, bytes) -> task.update(items, -1, String.format("%,d bytes", bytes))));
    }

    @Override
    protected void printText(PrintWriter out, BucketUsage result) {
        out.printf(
                "%s%s: %,d bytes in %,d %s%n",
                result.bucket(),
                result.prefix().isEmpty() ? "" : "/" + result.prefix(),
                result.bytes(),
                result.objects(),
                result.allVersions() ? "versions" : "objects");
        result.byStorageClass().forEach((c, u) -> out.printf("  %-20s %,15d bytes %,10d%n", c, u.bytes(), u.objects()));
        if (result.allVersions()) {
            out.printf("  %,d delete markers%n", result.deleteMarkers());
        }
        out.printf("  (%,d list requests)%n", result.requests());
    }

    /** What {@code --json} prints (CLI.md). */
    record Json(String bucket, long bytes, long objects, Map<String, StorageClassUsage> byStorageClass) {}

    @Override
    protected Object jsonView(BucketUsage result) {
        return new Json(result.bucket(), result.bytes(), result.objects(), result.byStorageClass());
    }
}
