package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.cli.RecipeCommand;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.DeletedBucket;
import dev.awsrecipes.s3.S3Recipes;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes delete-bucket}: S13, a bucket deleted with everything in it. */
@Command(
        name = "delete-bucket",
        description = "Delete a bucket with all its objects, versions and delete markers. Irreversible.")
public final class DeleteBucketCommand extends RecipeCommand<DeletedBucket> {
    @Option(names = "--bucket", required = true, paramLabel = "B", description = "Bucket name.")
    String bucket;

    @Override
    protected void validate() {
        BucketNames.check("--bucket", bucket);
    }

    @Override
    protected DeletedBucket run(Aws aws) {
        return S3Recipes.using(aws).deleteBucket(bucket);
    }

    @Override
    protected void printText(PrintWriter out, DeletedBucket result) {
        out.println("deleted bucket " + result.bucket() + " with " + result.versions() + " objects/versions and "
                + result.deleteMarkers() + " delete markers (" + result.batches() + " batches)");
    }
}
