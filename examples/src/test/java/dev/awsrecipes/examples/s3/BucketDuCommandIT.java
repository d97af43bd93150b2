package dev.awsrecipes.examples.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.cli.CliResult;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.internal.S3Services;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** {@code aws-recipes bucket-du} (S4), including the acceptance test of issue 4 on 10,000 objects. */
@ExtendWith(LocalStackExtension.class)
class BucketDuCommandIT {
    private static final int OBJECTS = 10_000;

    @Test
    void bucketDu_json_onTenThousandObjects_matchesTheSumAnotherClientComputes(LocalStack localStack, Aws aws) {
        S3Client s3 = S3Services.client(aws);
        String bucket = LocalStack.uniqueName("s3a-cli-du");
        s3.createBucket(b -> b.bucket(bucket));
        try {
            fill(s3, bucket);
            long expectedBytes = 0;
            long expectedObjects = 0;
            for (S3Object o : s3.listObjectsV2Paginator(l -> l.bucket(bucket)).contents()) {
                expectedBytes += o.size();
                expectedObjects++;
            }

            CliResult result = new S3Cli(localStack).run("bucket-du", "--bucket", bucket, "--json");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.err())
                    .as("progress on stderr, plain lines since it is no terminal")
                    .contains("bucket-du: " + OBJECTS + " objects, ")
                    .doesNotContain("\r");
            JsonNode json = result.json();
            assertThat(result.fieldNames()).startsWith("bucket", "bytes", "objects");
            assertThat(json.get("bucket").asText()).isEqualTo(bucket);
            assertThat(json.get("objects").asLong()).isEqualTo(expectedObjects).isEqualTo(OBJECTS);
            assertThat(json.get("bytes").asLong()).isEqualTo(expectedBytes);
            assertThat(json.at("/byStorageClass/STANDARD/objects").asLong()).isEqualTo(OBJECTS);

            CliResult prefixed = new S3Cli(localStack)
                    .run("bucket-du", "--bucket", bucket, "--prefix", "b/", "--versions", "--json");
            assertThat(prefixed.exitCode()).isZero();
            assertThat(prefixed.json().get("objects").asLong()).isEqualTo(OBJECTS / 4);
        } finally {
            S3Recipes.using(aws).deleteBucket(bucket);
        }
    }

    @Test
    void bucketDu_missingBucket_exitsOneWithOneLine(LocalStack localStack) {
        String bucket = LocalStack.uniqueName("s3a-missing");

        CliResult result = new S3Cli(localStack).run("bucket-du", "--bucket", bucket);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines())
                .singleElement()
                .asString()
                .isEqualTo("bucket-du: bucket " + bucket + " does not exist (NoSuchBucket)");
    }

    @Test
    void bucketDu_badBucketName_exitsTwoWithOneLine(LocalStack localStack) {
        CliResult result = new S3Cli(localStack).run("bucket-du", "--bucket", "x");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines())
                .singleElement()
                .asString()
                .isEqualTo("bucket-du: --bucket \"x\" is not a valid bucket name: it must be 3 to 63 characters long");
    }

    /** 10,000 small objects under four prefixes, written 32 at a time. */
    private static void fill(S3Client s3, String bucket) {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<CompletableFuture<Void>> puts = new ArrayList<>();
            for (int i = 0; i < OBJECTS; i++) {
                String key = "abcd".charAt(i % 4) + "/item-" + String.format("%05d", i);
                byte[] body = new byte[i % 256];
                puts.add(CompletableFuture.runAsync(
                        () -> s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromBytes(body)), pool));
            }
            puts.forEach(CompletableFuture::join);
        } finally {
            pool.shutdown();
        }
    }
}
