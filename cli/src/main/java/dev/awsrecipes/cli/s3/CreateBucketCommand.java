package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.Bucket;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.S3Recipes;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;

/** {@code aws-recipes create-bucket}: S1, a bucket created if missing. */
@Command(name = "create-bucket", description = "Create a bucket if it does not exist yet (idempotent).")
public final class CreateBucketCommand extends RecipeCommand<Bucket> {
    @Mixin
    BucketOption target;

    @Option(
            names = "--location",
            paramLabel = "REGION",
            description = "Region of the bucket; the session's by default.")
    String location;

    @Override
    protected void validate() {
        BucketNames.check("--bucket", target.bucket());
    }

    @Override
    protected Bucket run(Aws aws) {
        S3Recipes s3 = S3Recipes.using(aws);
        return location == null
                ? s3.createBucket(target.bucket())
                : s3.createBucket(target.bucket(), Region.of(location));
    }

    @Override
    protected void printText(PrintWriter out, Bucket result) {
        out.println((result.created() ? "created " : "exists ") + result.name() + " in " + result.region());
    }

    @Override
    protected Object jsonView(Bucket result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bucket", result.name());
        json.put("region", result.region().id());
        json.put("created", result.created());
        return json;
    }
}
