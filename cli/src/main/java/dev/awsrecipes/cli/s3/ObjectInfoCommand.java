package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.ObjectInfo;
import dev.awsrecipes.s3.S3Recipes;
import picocli.CommandLine.Command;

/** {@code aws-recipes object-info}: S3, size, type, class and user metadata of an object. */
@Command(name = "object-info", description = "Show an object's size, content type, storage class and metadata.")
public final class ObjectInfoCommand extends DescribedObjectCommand {
    @Override
    protected ObjectInfo run(Aws aws) {
        return S3Recipes.using(aws).objectInfo(object.bucket(), object.key());
    }
}
