package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.s3.S3Recipes;

/** S13: deletes a bucket and everything in it. Usage: {@code DeleteBucketExample BUCKET}. */
public final class DeleteBucketExample {
    private DeleteBucketExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 1, "DeleteBucketExample BUCKET");
        try (Aws aws = Aws.create()) {
            System.out.println(S3Recipes.using(aws).deleteBucket(args[0]));
        }
    }
}
