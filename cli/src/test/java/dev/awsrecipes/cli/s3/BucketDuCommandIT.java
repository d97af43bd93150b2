package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.testing.BucketShapes;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerKind;
import dev.awsrecipes.testing.S3ServerTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code aws-recipes bucket-du} (S4) on every S3 server: on each bucket shape of {@link BucketShapes},
 * with a prefix inside a folder and with {@code --versions}, the JSON equals the sums of a plain
 * sequential listing; and the acceptance test of issue 4 on 10,000 objects.
 */
class BucketDuCommandIT {
    private static final int OBJECTS = 10_000;

    @S3ServerTest(
            value = S3ServerKind.LOCALSTACK,
            because = "issue 4's acceptance size: versitygw's posix backend stores about 100 objects a second on"
                    + " our machines, and the shapes test below proves the command there")
    void bucketDu_json_onTenThousandObjects_matchesTheSumAnotherClientComputes(S3Server server, Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        String bucket = LocalStack.uniqueName("s3a-cli-du");
        s3.createBucket(b -> b.bucket(bucket));
        try {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < OBJECTS; i++) {
                keys.add("abcd".charAt(i % 4) + "/item-" + String.format("%05d", i));
            }
            fill(s3, bucket, keys);
            Listed expected = Listed.objects(s3, bucket, "");

            CliResult result = new S3Cli(server).run("bucket-du", "--bucket", bucket, "--json");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.err())
                    .as("progress on stderr, plain lines since it is no terminal")
                    .contains("bucket-du: " + OBJECTS + " objects, ")
                    .doesNotContain("\r");
            JsonNode json = result.json();
            assertThat(result.fieldNames()).startsWith("bucket", "bytes", "objects");
            assertThat(json.get("bucket").asText()).isEqualTo(bucket);
            assertThat(json.get("objects").asLong()).isEqualTo(expected.objects).isEqualTo(OBJECTS);
            assertThat(json.get("bytes").asLong()).isEqualTo(expected.bytes);
            assertThat(json.at("/byStorageClass/STANDARD/objects").asLong()).isEqualTo(OBJECTS);

            CliResult prefixed =
                    new S3Cli(server).run("bucket-du", "--bucket", bucket, "--prefix", "b/", "--versions", "--json");
            assertThat(prefixed.exitCode()).isZero();
            assertThat(prefixed.json().get("objects").asLong()).isEqualTo(OBJECTS / 4);
        } finally {
            S3Recipes.using(aws).deleteBucket(bucket);
        }
    }

    @S3ServerTest
    void bucketDu_json_onEveryBucketShape_equalsASequentialListing(S3Server server, Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        S3Cli cli = new S3Cli(server);
        for (BucketShapes shape : BucketShapes.values()) {
            String bucket = LocalStack.uniqueName("s3a-cli-shape");
            s3.createBucket(b -> b.bucket(bucket));
            try {
                fill(s3, bucket, shape.keys());
                Listed expected = Listed.objects(s3, bucket, "");
                assertThat(expected.objects)
                        .as("%s: what was put", shape)
                        .isEqualTo(shape.keys().size());

                CliResult result = cli.run("bucket-du", "--bucket", bucket, "--json");

                assertThat(result.exitCode()).as(result.err()).isZero();
                assertThat(result.json().get("objects").asLong())
                        .as("%s objects", shape)
                        .isEqualTo(expected.objects);
                assertThat(result.json().get("bytes").asLong())
                        .as("%s bytes", shape)
                        .isEqualTo(expected.bytes);
                if (shape == BucketShapes.TWO_FOLDERS_FIRST_PAGE_ENDS_INSIDE_THE_FIRST) {
                    for (String prefix : List.of("data/", "data/obj-01", "logs/")) {
                        Listed under = Listed.objects(s3, bucket, prefix);
                        CliResult prefixed = cli.run("bucket-du", "--bucket", bucket, "--prefix", prefix, "--json");
                        assertThat(prefixed.json().get("objects").asLong())
                                .as("under %s", prefix)
                                .isEqualTo(under.objects)
                                .isPositive();
                        assertThat(prefixed.json().get("bytes").asLong()).isEqualTo(under.bytes);
                    }
                }
            } finally {
                S3Recipes.using(aws).deleteBucket(bucket);
            }
        }
    }

    @S3ServerTest
    void bucketDu_versionsJson_equalsASequentialVersionListing(S3Server server, Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        String bucket = LocalStack.uniqueName("s3a-cli-du-v");
        s3.createBucket(b -> b.bucket(bucket));
        try {
            s3.putBucketVersioning(p -> p.bucket(bucket).versioningConfiguration(v -> v.status("Enabled")));
            List<String> keys = BucketShapes.TWO_FOLDERS_FIRST_PAGE_ENDS_INSIDE_THE_FIRST
                    .keys()
                    .subList(0, 700);
            fill(s3, bucket, keys);
            fill(s3, bucket, keys.subList(0, 400));
            keys.subList(0, 50)
                    .forEach(key -> s3.deleteObject(d -> d.bucket(bucket).key(key)));
            Listed expected = Listed.versions(s3, bucket);
            assertThat(expected.objects).as("what was put").isEqualTo(1100);

            CliResult result = new S3Cli(server).run("bucket-du", "--bucket", bucket, "--versions", "--json");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.json().get("objects").asLong()).isEqualTo(expected.objects);
            assertThat(result.json().get("bytes").asLong()).isEqualTo(expected.bytes);
        } finally {
            S3Recipes.using(aws).deleteBucket(bucket);
        }
    }

    @S3ServerTest
    void bucketDu_missingBucket_exitsOneWithOneLine(S3Server server) {
        String bucket = LocalStack.uniqueName("s3a-missing");

        CliResult result = new S3Cli(server).run("bucket-du", "--bucket", bucket);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines())
                .singleElement()
                .asString()
                .isEqualTo("bucket-du: bucket " + bucket + " does not exist (NoSuchBucket)");
    }

    @S3ServerTest
    void bucketDu_badBucketName_exitsTwoWithOneLine(S3Server server) {
        CliResult result = new S3Cli(server).run("bucket-du", "--bucket", "x");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines())
                .singleElement()
                .asString()
                .isEqualTo("bucket-du: --bucket \"x\" is not a valid bucket name: it must be 3 to 63 characters long");
    }

    /** A small object under each key (its body is its key), written 32 at a time. */
    private static void fill(S3Client s3, String bucket, List<String> keys) {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            keys.stream()
                    .map(key -> CompletableFuture.runAsync(
                            () -> s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromString(key)), pool))
                    .toList()
                    .forEach(CompletableFuture::join);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * What a plain sequential listing counts. Objects are paged by {@code StartAfter} (LocalStack 4.14
     * cannot read its continuation token after a non-ASCII key); versions are counted once per (key,
     * version id), as versitygw's pages repeat a delete marker that ended the page before.
     */
    private record Listed(long objects, long bytes) {
        static Listed objects(S3Client s3, String bucket, String prefix) {
            long objects = 0;
            long bytes = 0;
            String after = null;
            while (true) {
                String from = after;
                ListObjectsV2Response page =
                        s3.listObjectsV2(l -> l.bucket(bucket).prefix(prefix).startAfter(from));
                for (S3Object o : page.contents()) {
                    objects++;
                    bytes += o.size();
                }
                if (!Boolean.TRUE.equals(page.isTruncated())) {
                    return new Listed(objects, bytes);
                }
                after = page.contents().get(page.contents().size() - 1).key();
            }
        }

        static Listed versions(S3Client s3, String bucket) {
            Set<String> seen = new HashSet<>();
            long objects = 0;
            long bytes = 0;
            for (var page : s3.listObjectVersionsPaginator(l -> l.bucket(bucket))) {
                for (var v : page.versions()) {
                    if (seen.add(v.key() + "\u0000" + v.versionId())) {
                        objects++;
                        bytes += v.size();
                    }
                }
            }
            return new Listed(objects, bytes);
        }
    }
}
