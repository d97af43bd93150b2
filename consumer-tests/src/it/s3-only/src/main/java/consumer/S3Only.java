package consumer;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.ExpiringUrl;
import dev.awsrecipes.s3.S3Recipes;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a user of the S3 recipes alone writes: a few recipes against LocalStack, each checked through a
 * second path (a plain HTTP GET of the expiring link). Fails if the EC2 client came along.
 */
public final class S3Only {
    public static void main(String[] args) throws Exception {
        try {
            Class.forName("software.amazon.awssdk.services.ec2.Ec2Client");
            throw new IllegalStateException("software.amazon.awssdk:ec2 is on the class path of an S3-only user");
        } catch (ClassNotFoundException expected) {
            System.out.println("no EC2 client on the class path");
        }
        String endpoint = System.getenv("LOCALSTACK_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalStateException("LOCALSTACK_ENDPOINT is not set; scripts/test sets it");
        }
        // LocalStack takes a 12-digit access key id as the account: a fresh one keeps this run to itself.
        String account = String.valueOf(100_000_000_000L + ThreadLocalRandom.current().nextLong(800_000_000_000L));
        String bucket = "consumer-s3-only-" + account;
        try (Aws aws = Aws.builder()
                .endpoint(endpoint)
                .region("us-east-1")
                .credentials(account, "test")
                .build()) {
            S3Recipes s3 = S3Recipes.using(aws);
            s3.createBucket(bucket);
            try {
                s3.putObject(bucket, "hello.txt", "hello from a consumer build");
                ExpiringUrl link = s3.expiringUrl(bucket, "hello.txt", Duration.ofMinutes(5));
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> got = http.send(
                        HttpRequest.newBuilder(link.url().toURI()).build(), HttpResponse.BodyHandlers.ofString());
                check(got.statusCode() == 200, "GET of the expiring URL answered " + got.statusCode());
                check(got.body().equals("hello from a consumer build"), "the link served " + got.body());
                BucketUsage usage = s3.bucketDu(bucket);
                check(usage.objects() == 1 && usage.bytes() == 27, "bucketDu says " + usage);
                System.out.println("whoami: " + aws.whoami().account() + " via " + aws.credentialsSource());
            } finally {
                s3.deleteBucket(bucket);
            }
        }
        System.out.println("S3-only consumer: createBucket, putObject, expiringUrl, bucketDu, deleteBucket ok");
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }
}
