package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.s3.S3Recipes;

/**
 * S7: sends a bucket's access logs to another bucket, or turns them off with {@code --off}. Usage:
 * {@code AccessLoggingExample BUCKET TARGET_BUCKET | BUCKET --off}.
 */
public final class AccessLoggingExample {
    private AccessLoggingExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 2, "AccessLoggingExample BUCKET TARGET_BUCKET | BUCKET --off");
        try (Aws aws = Aws.create()) {
            S3Recipes s3 = S3Recipes.using(aws);
            System.out.println(
                    args[1].equals("--off")
                            ? s3.disableAccessLogging(args[0])
                            : s3.enableAccessLogging(args[0], args[1], "logs/" + args[0] + "/"));
        }
    }
}
