package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.ObjectInfo;
import dev.awsrecipes.s3.S3Recipes;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** {@code aws-recipes storage-class}: S8, an existing object moved into another storage class. */
@Command(name = "storage-class", description = "Change the storage class of an existing object in place.")
public final class StorageClassCommand extends DescribedObjectCommand {
    @Option(
            names = "--class",
            required = true,
            paramLabel = "CLASS",
            description =
                    "STANDARD, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, GLACIER_IR, GLACIER or DEEP_ARCHIVE.")
    StorageClass storageClass;

    @Override
    protected ObjectInfo run(Aws aws) {
        return S3Recipes.using(aws).changeStorageClass(object.bucket(), object.key(), storageClass);
    }

    @Override
    protected void printText(PrintWriter out, ObjectInfo result) {
        out.println("s3://" + result.bucket() + "/" + result.key() + " is now " + result.storageClass());
    }
}
