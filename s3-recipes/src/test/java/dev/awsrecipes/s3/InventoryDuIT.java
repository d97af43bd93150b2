package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.InventoryReport;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * S4 from an S3 Inventory report on every S3 server: a source bucket filled with real objects, a report
 * of it written in S3's documented layout (several gzip CSV files, URL-encoded keys, an older report
 * beside it) to a destination bucket, and bucketDuFromInventory must give exactly the figures a listing of
 * the source gives, dated by the newer report. Neither server writes inventory reports itself (nor does
 * any emulator we know), so the test writes the report as S3 would.
 */
class InventoryDuIT {
    private static final Instant OLDER = Instant.parse("2026-11-28T01:00:00Z");
    private static final Instant NEWER = Instant.parse("2026-12-05T01:04:05.678Z");

    /** Keys that URL encoding changes: spaces, +, %, commas, quotes, non-ASCII, in folders and loose. */
    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        String[] names = {"plain", "with space", "a+b", "100%", "x,y", "quote\"d", "été", "😀 emoji", "tab\u00A0nb"};
        String[] folders = {"", "logs/", "logs/2026 12/", "tmp+/", "données/"};
        for (String folder : folders) {
            for (String name : names) {
                for (int i = 0; i < 4; i++) {
                    keys.add(folder + name + "-" + i);
                }
            }
        }
        return keys;
    }

    @S3ServerTest
    void bucketDuFromInventory_reportOfTheBucket_givesExactlyTheListingsFiguresAndTheNewerReportsDate(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket source = ScratchBucket.create(s3, "s3inv-src");
                ScratchBucket dest = ScratchBucket.create(s3, "s3inv-dst")) {
            fill(s3, source.name(), keys(), true);
            InventoryReport report =
                    new InventoryReport(source.name(), dest.name(), "inventory/" + source.name() + "/daily/", false);
            List<InventoryReport.Line> lines = report.linesOf(s3);
            assertThat(lines).as("what was put").hasSize(keys().size());
            report.write(s3, "2026-11-28T01-00Z", OLDER, lines.subList(0, 10), 1);
            report.write(s3, "2026-12-05T01-00Z", NEWER, lines, 4);
            S3Recipes recipes = S3Recipes.using(aws);
            String location = "s3://" + dest.name() + "/" + report.reportPrefix();

            BucketUsage fromReport = recipes.bucketDuFromInventory(i -> i.location(location));
            BucketUsage listed = recipes.bucketDu(source.name());

            assertThat(fromReport.source()).isEqualTo(UsageSource.INVENTORY);
            assertThat(fromReport.asOf()).isEqualTo(NEWER);
            assertThat(fromReport.bucket()).isEqualTo(source.name());
            assertThat(fromReport.objects()).isEqualTo(listed.objects()).isEqualTo(keys().size());
            assertThat(fromReport.bytes()).isEqualTo(listed.bytes());
            assertThat(fromReport.byStorageClass()).isEqualTo(listed.byStorageClass());
            assertThat(fromReport.requests())
                    .as("a list page, the manifest, 4 data files")
                    .isEqualTo(6);
            for (String prefix : List.of("logs/", "logs/2026 12/", "tmp+/", "données/", "a+b", "100%")) {
                BucketUsage under =
                        recipes.bucketDuFromInventory(i -> i.location(location).prefix(prefix));
                BucketUsage listedUnder =
                        recipes.bucketDu(d -> d.bucket(source.name()).prefix(prefix));
                assertThat(under.objects())
                        .as(prefix)
                        .isEqualTo(listedUnder.objects())
                        .isPositive();
                assertThat(under.bytes()).as(prefix).isEqualTo(listedUnder.bytes());
                assertThat(under.byStorageClass()).as(prefix).isEqualTo(listedUnder.byStorageClass());
            }
        }
    }

    @S3ServerTest
    void bucketDuFromInventory_allVersionsReport_givesTheVersionListingsFigures(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket source = ScratchBucket.create(s3, "s3inv-vsrc");
                ScratchBucket dest = ScratchBucket.create(s3, "s3inv-vdst")) {
            s3.putBucketVersioning(p -> p.bucket(source.name()).versioningConfiguration(v -> v.status("Enabled")));
            // All STANDARD: the report is made from a version listing, and LocalStack 4.14's ListObjectVersions
            // says STANDARD for a STANDARD_IA object (its ListObjectsV2 gets it right); classes are compared
            // in the test above.
            List<String> keys = keys().subList(0, 60);
            fill(s3, source.name(), keys, false);
            fill(s3, source.name(), keys.subList(0, 25), false);
            keys.subList(20, 35)
                    .forEach(key -> s3.deleteObject(d -> d.bucket(source.name()).key(key)));
            InventoryReport report = new InventoryReport(source.name(), dest.name(), source.name() + "/all/", true);
            report.write(s3, "2026-12-05T01-00Z", NEWER, report.linesOf(s3), 3);
            S3Recipes recipes = S3Recipes.using(aws);

            BucketUsage all =
                    recipes.bucketDuFromInventory(i -> i.location("s3://" + dest.name() + "/" + report.reportPrefix())
                            .allVersions(true));
            BucketUsage current =
                    recipes.bucketDuFromInventory(i -> i.location("s3://" + dest.name() + "/" + report.reportPrefix()));
            BucketUsage listedAll =
                    recipes.bucketDu(d -> d.bucket(source.name()).allVersions(true));
            BucketUsage listedCurrent = recipes.bucketDu(source.name());

            assertThat(all.objects()).isEqualTo(listedAll.objects()).isEqualTo(85);
            assertThat(all.bytes()).isEqualTo(listedAll.bytes());
            assertThat(all.deleteMarkers()).isEqualTo(listedAll.deleteMarkers()).isEqualTo(15);
            assertThat(all.byStorageClass()).isEqualTo(listedAll.byStorageClass());
            assertThat(current.objects()).isEqualTo(listedCurrent.objects()).isEqualTo(45);
            assertThat(current.bytes()).isEqualTo(listedCurrent.bytes());
            assertThat(current.byStorageClass()).isEqualTo(listedCurrent.byStorageClass());
        }
    }

    /** Objects of different sizes (the body repeats the key), optionally every third in STANDARD_IA. */
    private static void fill(S3Client s3, String bucket, List<String> keys, boolean someInfrequentAccess) {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Void>> puts = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                StorageClass cls =
                        someInfrequentAccess && i % 3 == 0 ? StorageClass.STANDARD_IA : StorageClass.STANDARD;
                String body = key.repeat(1 + i % 5);
                puts.add(CompletableFuture.runAsync(
                        () -> s3.putObject(
                                p -> p.bucket(bucket).key(key).storageClass(cls), RequestBody.fromString(body)),
                        pool));
            }
            puts.forEach(CompletableFuture::join);
        } finally {
            pool.shutdown();
        }
    }
}
