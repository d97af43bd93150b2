package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.ObjectInfo;
import dev.awsrecipes.s3.S3Recipes;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code aws-recipes object-info}: S3, size, type, class and user metadata of an object. */
@Command(name = "object-info", description = "Show an object's size, content type, storage class and metadata.")
public final class ObjectInfoCommand extends RecipeCommand<ObjectInfo> {
    @Mixin
    ObjectOptions object;

    @Override
    protected void validate() {
        BucketNames.check("--bucket", object.bucket());
        BucketNames.checkKey("--key", object.key());
    }

    @Override
    protected ObjectInfo run(Aws aws) {
        return S3Recipes.using(aws).objectInfo(object.bucket(), object.key());
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
