package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.s3.BucketDuSpec;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.InventoryDuSpec;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.StorageClassUsage;
import dev.awsrecipes.s3.UsageSource;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code aws-recipes bucket-du}: S4, how much a bucket (or a prefix of it) holds: by listing it, or
 * without listing from its newest S3 Inventory report ({@code --inventory}) or from CloudWatch's daily
 * storage metrics ({@code --metrics}).
 */
@Command(
        name = "bucket-du",
        preprocessor = S3PathArgs.class,
        description = "Total bytes and object count of a bucket, by storage class: by listing, or from an"
                + " S3 Inventory report (--inventory) or CloudWatch's daily storage metrics (--metrics).")
public final class BucketDuCommand extends RecipeCommand<BucketUsage> {
    /** Not a {@link BucketOption}: with {@code --inventory} the report names the bucket. */
    @Option(
            names = "--bucket",
            paramLabel = "B",
            description = "Bucket name; with --inventory optional, and then it must be the report's source bucket.")
    String bucket;

    @Option(names = "--prefix", paramLabel = "P", description = "Only keys starting with P.")
    String prefix = "";

    @Option(names = "--versions", description = "Count every version (and delete marker), not only current objects.")
    boolean versions;

    @Option(names = "--parallelism", paramLabel = "N", description = "Key ranges listed at once in large buckets.")
    int parallelism = BucketDuSpec.DEFAULT_PARALLELISM;

    @Option(
            names = "--inventory",
            paramLabel = "S3URI",
            description = "Instead of listing, read the newest S3 Inventory report (CSV) under"
                    + " s3://DESTINATION-BUCKET/PREFIX/SOURCE-BUCKET/CONFIG-ID/; figures as of the report's date.")
    String inventory;

    @Option(
            names = "--metrics",
            description = "Instead of listing, read CloudWatch's daily storage metrics (AWS/S3 BucketSizeBytes per"
                    + " storage type, NumberOfObjects) of the last 3 days, in the session's region.")
    boolean metrics;

    private BucketDuSpec listingSpec;
    private InventoryDuSpec inventorySpec;

    /** Named so a bad value's message starts with --parallelism, as when this command checked it itself. */
    @Override
    protected Map<String, String> optionsForArguments() {
        return Map.of("parallelism", "--parallelism", "inventory", "--inventory");
    }

    @Override
    protected void validate() {
        if (inventory != null && metrics) {
            throw new ParameterException(spec.commandLine(), "--inventory and --metrics are alternatives; give one");
        }
        if (bucket == null && inventory == null) {
            // picocli's own words, as when --bucket was required by the option itself.
            throw new ParameterException(spec.commandLine(), "Missing required option: '--bucket=B'");
        }
        if (bucket != null) {
            BucketNames.check("--bucket", bucket);
        }
        if (inventory != null) {
            inventorySpec = InventoryDuSpec.builder()
                    .location(inventory)
                    .prefix(prefix)
                    .allVersions(versions)
                    .build();
        } else if (metrics) {
            if (!prefix.isEmpty()) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--prefix cannot be used with --metrics: CloudWatch's storage metrics are bucket-wide");
            }
        } else {
            listingSpec = BucketDuSpec.builder()
                    .bucket(bucket)
                    .prefix(prefix)
                    .allVersions(versions)
                    .parallelism(parallelism)
                    .build();
        }
    }

    @Override
    protected BucketUsage run(Aws aws) {
        S3Recipes s3 = S3Recipes.using(aws);
        if (inventorySpec != null) {
            BucketUsage usage = s3.bucketDuFromInventory(inventorySpec);
            if (bucket != null && !bucket.equals(usage.bucket())) {
                throw new AwsRecipesException("the inventory report under " + inventory + " lists bucket "
                        + usage.bucket() + ", not " + bucket);
            }
            return usage;
        }
        if (metrics) {
            return s3.bucketDuFromMetrics(bucket);
        }
        return showProgress()
                .counting(
                        "bucket-du",
                        versions ? "versions" : "objects",
                        task -> s3.bucketDu(
                                listingSpec,
                                (items, bytes) -> task.update(items, -1, String.format("%,d bytes", bytes))));
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
        if (result.source() == UsageSource.METRICS) {
            result.byStorageClass().forEach((c, u) -> out.printf("  %-20s %,15d bytes%n", c, u.bytes()));
            out.printf(
                    "  (CloudWatch storage metrics of %s, counting every version, delete marker and upload part;"
                            + " %,d requests)%n",
                    result.asOf(), result.requests());
            return;
        }
        result.byStorageClass().forEach((c, u) -> out.printf("  %-20s %,15d bytes %,10d%n", c, u.bytes(), u.objects()));
        if (result.allVersions()) {
            out.printf("  %,d delete markers%n", result.deleteMarkers());
        }
        if (result.source() == UsageSource.INVENTORY) {
            out.printf("  (S3 Inventory report as of %s; %,d requests)%n", result.asOf(), result.requests());
        } else {
            out.printf("  (%,d list requests)%n", result.requests());
        }
    }

    /**
     * What {@code --json} prints (CLI.md): {@code source} is {@code listing}, {@code inventory} or {@code
     * metrics}; {@code asOf} when the figures were true (ISO-8601).
     */
    record Json(
            String bucket,
            long bytes,
            long objects,
            Map<String, StorageClassUsage> byStorageClass,
            String source,
            String asOf) {}

    @Override
    protected Object jsonView(BucketUsage result) {
        return new Json(
                result.bucket(),
                result.bytes(),
                result.objects(),
                result.byStorageClass(),
                result.source().name().toLowerCase(Locale.ROOT),
                result.asOf().toString());
    }
}
