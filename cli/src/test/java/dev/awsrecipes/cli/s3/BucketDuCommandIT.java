package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.MonitoringServices;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.testing.BucketShapes;
import dev.awsrecipes.testing.InventoryReport;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerKind;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
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
    void bucketDu_inventoryJson_equalsTheListingsJsonAndNamesTheNewerReportsDate(S3Server server, Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        Instant newer = Instant.parse("2026-12-05T01:04:05Z");
        try (ScratchBucket source = ScratchBucket.create(s3, "s3a-cli-inv-src");
                ScratchBucket dest = ScratchBucket.create(s3, "s3a-cli-inv-dst")) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                keys.add(List.of("a b/", "c+d/", "é/").get(i % 3) + "k %" + i);
            }
            fill(s3, source.name(), keys);
            InventoryReport report =
                    new InventoryReport(source.name(), dest.name(), "inv/" + source.name() + "/daily/", false);
            List<InventoryReport.Line> lines = report.linesOf(s3);
            report.write(s3, "2026-12-01T01-00Z", Instant.parse("2026-12-01T01:00:00Z"), lines.subList(0, 7), 1);
            report.write(s3, "2026-12-05T01-00Z", newer, lines, 3);
            S3Cli cli = new S3Cli(server);
            String location = "s3://" + dest.name() + "/" + report.reportPrefix();

            CliResult listed = cli.run("bucket-du", "--bucket", source.name(), "--json");
            CliResult fromReport = cli.run("bucket-du", "--inventory", location, "--json");
            CliResult underPrefix = cli.run(
                    "bucket-du", "--bucket", source.name(), "--inventory", location, "--prefix", "c+d/", "--json");
            CliResult otherBucket = cli.run("bucket-du", "--bucket", dest.name(), "--inventory", location);

            assertThat(fromReport.exitCode()).as(fromReport.err()).isZero();
            assertThat(fromReport.fieldNames())
                    .containsExactly("bucket", "bytes", "objects", "byStorageClass", "source", "asOf");
            assertThat(listed.json().get("source").asText()).isEqualTo("listing");
            assertThat(Instant.parse(listed.json().get("asOf").asText()))
                    .isBefore(Instant.now().plusSeconds(1));
            JsonNode json = fromReport.json();
            assertThat(json.get("source").asText()).isEqualTo("inventory");
            assertThat(json.get("asOf").asText()).isEqualTo(newer.toString());
            assertThat(json.get("bucket").asText()).isEqualTo(source.name());
            assertThat(json.get("objects").asLong())
                    .isEqualTo(listed.json().get("objects").asLong())
                    .isEqualTo(120);
            assertThat(json.get("bytes").asLong())
                    .isEqualTo(listed.json().get("bytes").asLong());
            assertThat(json.get("byStorageClass")).isEqualTo(listed.json().get("byStorageClass"));
            assertThat(underPrefix.exitCode()).as(underPrefix.err()).isZero();
            assertThat(underPrefix.json().get("objects").asLong()).isEqualTo(40);
            assertThat(otherBucket.exitCode()).isEqualTo(1);
            assertThat(otherBucket.errLines())
                    .singleElement()
                    .asString()
                    .isEqualTo("bucket-du: the inventory report under " + location + " lists bucket " + source.name()
                            + ", not " + dest.name());
        }
    }

    @S3ServerTest(value = S3ServerKind.LOCALSTACK, because = "versitygw has no CloudWatch")
    void bucketDu_metricsJson_givesTheNewestDaysFiguresAndDate(S3Server server, Aws aws) {
        String bucket = LocalStack.uniqueName("s3a-cli-metrics");
        Instant yesterday = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS);
        CloudWatchClient cw = aws.client(MonitoringServices.CLOUDWATCH);
        for (String[] point : new String[][] {
            {"BucketSizeBytes", "StandardStorage", "4096"},
            {"BucketSizeBytes", "GlacierStorage", "1024"},
            {"NumberOfObjects", "AllStorageTypes", "12"}
        }) {
            cw.putMetricData(p -> p.namespace("AWS/S3").metricData(d -> d.metricName(point[0])
                    .dimensions(x -> x.name("BucketName").value(bucket), x -> x.name("StorageType")
                            .value(point[1]))
                    .timestamp(yesterday)
                    .value(Double.parseDouble(point[2]))));
        }

        CliResult result = new S3Cli(server).run("bucket-du", "--bucket", bucket, "--metrics", "--json");
        CliResult text = new S3Cli(server).run("bucket-du", "--bucket", bucket, "--metrics");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("source").asText()).isEqualTo("metrics");
        assertThat(json.get("asOf").asText()).isEqualTo(yesterday.toString());
        assertThat(json.get("objects").asLong()).isEqualTo(12);
        assertThat(json.get("bytes").asLong()).isEqualTo(5120);
        assertThat(json.at("/byStorageClass/GlacierStorage/bytes").asLong()).isEqualTo(1024);
        assertThat(json.at("/byStorageClass/GlacierStorage/objects").asLong()).isEqualTo(-1);
        assertThat(text.out())
                .startsWith(bucket + ": 5,120 bytes in 12 versions")
                .contains("CloudWatch storage metrics of " + yesterday);
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
