package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.s3.S3Recipes;

/** S10: turns versioning on and lists the versions. Usage: {@code VersioningExample BUCKET}. */
public final class VersioningExample {
    private VersioningExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 1, "VersioningExample BUCKET");
        try (Aws aws = Aws.create()) {
            S3Recipes s3 = S3Recipes.using(aws);
            System.out.println(s3.enableVersioning(args[0]));
            s3.listVersions(args[0], "").forEach(System.out::println);
        }
    }
}
