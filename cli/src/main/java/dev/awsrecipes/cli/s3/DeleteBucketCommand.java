package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.BucketDuSpec;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.DeletedBucket;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.S3Transfers;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes delete-bucket}: S13, a bucket deleted with everything in it; {@code --dry-run} counts it. */
@Command(
        name = "delete-bucket",
        description = "Delete a bucket with all its objects, versions and delete markers. Irreversible; --dry-run"
                + " counts what would go and changes nothing.")
public final class DeleteBucketCommand extends BucketCommand<Object> {
    @Option(
            names = "--dry-run",
            description = "Count the versions, delete markers and unfinished uploads that would go; delete nothing.")
    boolean dryRun;

    /**
     * What a dry run found: what deleting the bucket would delete.
     *
     * @param bucket the bucket
     * @param dryRun always true, so a script cannot mistake it for a deletion
     * @param versions objects and object versions
     * @param deleteMarkers delete markers
     * @param unfinishedUploads multipart uploads that would be aborted
     */
    record WouldDelete(String bucket, boolean dryRun, long versions, long deleteMarkers, long unfinishedUploads) {}

    @Override
    protected Object run(Aws aws) {
        if (dryRun) {
            BucketUsage usage = showProgress()
                    .counting("delete-bucket --dry-run", "versions counted", task -> S3Recipes.using(aws)
                            .bucketDu(
                                    BucketDuSpec.builder()
                                            .bucket(target.bucket())
                                            .allVersions(true)
                                            .build(),
                                    (items, bytes) -> task.update(items, -1, "")));
            int uploads = S3Transfers.using(aws)
                    .staleUploads(target.bucket(), Duration.ZERO)
                    .size();
            return new WouldDelete(target.bucket(), true, usage.objects(), usage.deleteMarkers(), uploads);
        }
        return showProgress().counting("delete-bucket", "versions deleted", task -> S3Recipes.using(aws)
                .deleteBucket(target.bucket(), (items, bytes) -> task.update(items, -1, "")));
    }

    @Override
    protected void printText(PrintWriter out, Object result) {
        if (result instanceof WouldDelete would) {
            out.println("(dryrun) delete-bucket would delete bucket " + would.bucket() + " with " + would.versions()
                    + " objects/versions, " + would.deleteMarkers() + " delete markers and "
                    + would.unfinishedUploads() + " unfinished uploads; nothing was changed");
            return;
        }
        DeletedBucket deleted = (DeletedBucket) result;
        out.println("deleted bucket " + deleted.bucket() + " with " + deleted.versions() + " objects/versions and "
                + deleted.deleteMarkers() + " delete markers (" + deleted.batches() + " batches)");
    }
}
