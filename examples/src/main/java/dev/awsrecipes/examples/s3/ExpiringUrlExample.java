package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.s3.ExpiringUrl;
import dev.awsrecipes.s3.S3Recipes;
import java.time.Duration;

/**
 * S1 + S9: makes sure a bucket exists, then prints a link to one of its objects that works for the
 * given time. Usage: {@code ExpiringUrlExample BUCKET KEY [DURATION, default PT1H]}.
 */
public final class ExpiringUrlExample {
    private ExpiringUrlExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 2, "ExpiringUrlExample BUCKET KEY [PT1H]");
        Duration expires = args.length > 2 ? Duration.parse(args[2]) : Duration.ofHours(1);
        try (Aws aws = Aws.create()) {
            S3Recipes s3 = S3Recipes.using(aws);
            System.out.println("bucket: " + s3.createBucket(args[0]));
            ExpiringUrl url = s3.expiringUrl(args[0], args[1], expires);
            System.out.println("GET until " + url.expiresAt() + ": " + url.url());
        }
    }
}
