package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.DeletedBucket;
import dev.awsrecipes.s3.S3Recipes;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code aws-recipes delete-bucket}: S13, a bucket deleted with everything in it. */
@Command(
        name = "delete-bucket",
        description = "Delete a bucket with all its objects, versions and delete markers. Irreversible.")
public final class DeleteBucketCommand extends BucketCommand<DeletedBucket> {
    @Override
    protected DeletedBucket run(Aws aws) {
        return showProgress().counting("delete-bucket", "versions deleted", task -> S3Recipes.using(aws)
                .deleteBucket(target.bucket(), (items, bytes) -> task.update(items, -1, "")));
    }

    @Override
    protected void printText(PrintWriter out, DeletedBucket result) {
        out.println("deleted bucket " + result.bucket() + " with " + result.versions() + " objects/versions and "
                + result.deleteMarkers() + " delete markers (" + result.batches() + " batches)");
    }
}
