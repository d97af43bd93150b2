package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.s3.ObjectInfo;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.StoredObject;

/**
 * S2 + S3: stores a private text object with user metadata and reads both back. Usage: {@code
 * PutObjectExample BUCKET KEY TEXT}.
 */
public final class PutObjectExample {
    private PutObjectExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 3, "PutObjectExample BUCKET KEY TEXT");
        try (Aws aws = Aws.create()) {
            S3Recipes s3 = S3Recipes.using(aws);
            s3.createBucket(args[0]);
            StoredObject stored = s3.putObject(
                    p -> p.bucket(args[0]).key(args[1]).text(args[2]).putMetadata("written-by", "PutObjectExample"));
            System.out.println("stored: " + stored);
            System.out.println("content: " + s3.readString(args[0], args[1]));
            ObjectInfo info = s3.objectInfo(args[0], args[1]);
            System.out.println("metadata: " + info.metadata());
        }
    }
}
