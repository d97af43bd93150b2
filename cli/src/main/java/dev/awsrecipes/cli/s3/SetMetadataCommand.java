package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.ObjectInfo;
import dev.awsrecipes.s3.S3Recipes;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aws-recipes set-metadata}: S6, an object's user metadata replaced in place. */
@Command(name = "set-metadata", description = "Replace an object's user metadata in place, without re-uploading.")
public final class SetMetadataCommand extends RecipeCommand<ObjectInfo> {
    @Mixin
    ObjectOptions object;

    @Option(
            names = "--metadata",
            required = true,
            paramLabel = "NAME=VALUE",
            description = "The new user metadata; repeat for more. Entries not given are removed.")
    Map<String, String> metadata;

    @Override
    protected void validate() {
        BucketNames.check("--bucket", object.bucket());
        BucketNames.checkKey("--key", object.key());
    }

    @Override
    protected ObjectInfo run(Aws aws) {
        return S3Recipes.using(aws).replaceMetadata(object.bucket(), object.key(), metadata);
    }

    @Override
    protected void printText(PrintWriter out, ObjectInfo result) {
        ObjectViews.print(out, result);
    }

    @Override
    protected Object jsonView(ObjectInfo result) {
        return ObjectViews.json(result);
    }
}
