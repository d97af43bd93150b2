package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.s3.Bucket;
import dev.awsrecipes.s3.S3Recipes;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;

/** {@code aws-recipes create-bucket}: S1, a bucket created if missing. */
@Command(name = "create-bucket", description = "Create a bucket if it does not exist yet (idempotent).")
public final class CreateBucketCommand extends BucketCommand<Bucket> {
    @Option(
            names = "--location",
            paramLabel = "REGION",
            description = "Region of the bucket; the session's by default.")
    String location;

    private Region region;

    @Override
    protected void validate() {
        super.validate();
        // The library's one region rule, as for --region: any id the SDK takes, malformed text refused.
        region = location == null ? null : Check.region(location, "--location");
    }

    @Override
    protected Bucket run(Aws aws) {
        S3Recipes s3 = S3Recipes.using(aws);
        return region == null ? s3.createBucket(target.bucket()) : s3.createBucket(target.bucket(), region);
    }

    @Override
    protected void printText(PrintWriter out, Bucket result) {
        out.println((result.created() ? "created " : "exists ") + result.name() + " in " + result.region());
    }

    /** What {@code --json} prints. */
    record Json(String bucket, String region, boolean created) {}

    @Override
    protected Object jsonView(Bucket result) {
        return new Json(result.name(), result.region().id(), result.created());
    }
}
