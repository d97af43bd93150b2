package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.s3.CopiedObject;
import dev.awsrecipes.s3.ObjectInfo;
import dev.awsrecipes.s3.S3Recipes;
import java.util.Map;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * S5 + S6 + S8: copies an object server-side, replaces the copy's metadata in place, then moves it to
 * STANDARD_IA. Usage: {@code CopyObjectExample BUCKET KEY TARGET_KEY}.
 */
public final class CopyObjectExample {
    private CopyObjectExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 3, "CopyObjectExample BUCKET KEY TARGET_KEY");
        try (Aws aws = Aws.create()) {
            S3Recipes s3 = S3Recipes.using(aws);
            CopiedObject copy = s3.copyObject(args[0], args[1], args[0], args[2]);
            System.out.println("copied: " + copy);
            ObjectInfo relabelled = s3.replaceMetadata(args[0], args[2], Map.of("copied-from", args[1]));
            System.out.println("metadata now: " + relabelled.metadata());
            ObjectInfo cheaper = s3.changeStorageClass(args[0], args[2], StorageClass.STANDARD_IA);
            System.out.println("storage class now: " + cheaper.storageClass());
        }
    }
}
