package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.S3Recipes;

/** S4: prints how much a bucket holds, by storage class. Usage: {@code BucketDuExample BUCKET [PREFIX]}. */
public final class BucketDuExample {
    private BucketDuExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 1, "BucketDuExample BUCKET [PREFIX]");
        String prefix = args.length > 1 ? args[1] : "";
        try (Aws aws = Aws.create()) {
            BucketUsage usage =
                    S3Recipes.using(aws).bucketDu(d -> d.bucket(args[0]).prefix(prefix));
            System.out.printf(
                    "%s: %,d bytes in %,d objects (%d requests)%n",
                    usage.bucket(), usage.bytes(), usage.objects(), usage.requests());
            usage.byStorageClass().forEach((c, u) -> System.out.printf("  %s: %,d bytes%n", c, u.bytes()));
        }
    }
}
