package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.CopiedObject;
import dev.awsrecipes.s3.CopyObjectSpec;
import dev.awsrecipes.s3.S3Recipes;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** {@code aws-recipes copy-object}: S5, a server-side copy or move. */
@Command(
        name = "copy-object",
        preprocessor = S3PathArgs.class,
        description = "Copy (or with --move, move) an object on the server side.")
public final class CopyObjectCommand extends RecipeCommand<CopiedObject> {
    @Option(names = "--source-bucket", required = true, paramLabel = "B", description = "Source bucket.")
    String sourceBucket;

    @Option(names = "--source-key", required = true, paramLabel = "K", description = "Source key.")
    String sourceKey;

    @Option(names = "--bucket", paramLabel = "B", description = "Target bucket; the source bucket by default.")
    String bucket;

    @Option(names = "--key", paramLabel = "K", description = "Target key; the source key by default.")
    String key;

    @Option(
            names = "--metadata",
            paramLabel = "NAME=VALUE",
            description = "Replace the user metadata with these entries; kept from the source otherwise.")
    Map<String, String> metadata;

    @Option(names = "--storage-class", paramLabel = "CLASS", description = "The copy's class; the source's by default.")
    StorageClass storageClass;

    @Option(names = "--move", description = "Delete the source once the copy is confirmed.")
    boolean move;

    @Override
    protected void validate() {
        BucketNames.check("--source-bucket", sourceBucket);
        BucketNames.checkKey("--source-key", sourceKey);
        if (bucket == null && key == null) {
            throw new dev.awsrecipes.core.InvalidArgumentException(
                    "--bucket", "give --bucket or --key (or both): a copy needs somewhere else to go");
        }
    }

    @Override
    protected CopiedObject run(Aws aws) {
        CopyObjectSpec.Builder spec = CopyObjectSpec.builder()
                .sourceBucket(sourceBucket)
                .sourceKey(sourceKey)
                .bucket(bucket == null ? sourceBucket : bucket)
                .key(key == null ? sourceKey : key)
                .storageClass(storageClass)
                .replaceMetadata(metadata);
        S3Recipes s3 = S3Recipes.using(aws);
        return move ? s3.moveObject(spec.build()) : s3.copyObject(spec.build());
    }

    @Override
    protected void printText(PrintWriter out, CopiedObject r) {
        out.println((r.sourceDeleted() ? "moved " : "copied ") + "s3://" + r.sourceBucket() + "/" + r.sourceKey()
                + " to s3://" + r.bucket() + "/" + r.key() + " (" + r.bytes() + " bytes"
                + (r.parts() > 0 ? ", " + r.parts() + " parts" : "") + ")");
    }

    /** What {@code --json} prints. */
    record Json(
            String sourceBucket,
            String sourceKey,
            String bucket,
            String key,
            String etag,
            long bytes,
            int parts,
            boolean moved) {}

    @Override
    protected Object jsonView(CopiedObject r) {
        return new Json(
                r.sourceBucket(),
                r.sourceKey(),
                r.bucket(),
                r.key(),
                r.eTag(),
                r.bytes(),
                r.parts(),
                r.sourceDeleted());
    }
}
