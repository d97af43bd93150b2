package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.s3.BucketNotFoundException;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.StorageClassUsage;
import dev.awsrecipes.s3.UsageSource;
import dev.awsrecipes.testing.InventoryReport;
import dev.awsrecipes.testing.InventoryReport.Line;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * bucketDuFromInventory over a destination bucket in memory holding reports in S3's layout: the newest
 * complete report is the one counted, every data file of it, and a report that cannot be counted right is
 * refused with a message that says why.
 */
class InventoryDuTest {
    private static final String DEST = "inventory-dest";
    private static final String PREFIX = "reports/team-logs/daily/";
    private static final Instant OLDER = Instant.parse("2026-12-04T01:00:00Z");
    private static final Instant NEWER = Instant.parse("2026-12-05T01:02:03.456Z");

    /** Small pages, so that finding the report folders takes several list requests. */
    private final InventoryS3 s3 = new InventoryS3(DEST, 2);

    private final InventoryReport current = new InventoryReport("team-logs", DEST, PREFIX, false);

    private static List<Line> lines(int n) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String cls = i % 3 == 0 ? "GLACIER" : "STANDARD";
            lines.add(Line.current((i % 2 == 0 ? "logs/" : "tmp/") + "file " + i + "+é%", 100 + i, cls));
        }
        return lines;
    }

    @Test
    void bucketDuFromInventory_severalReports_countsEveryFileOfTheNewestComplete() {
        current.write(s3, "2026-12-04T01-00Z", OLDER, lines(3), 1);
        current.write(s3, "2026-12-05T01-00Z", NEWER, lines(50), 7);
        // A delivery under way: a data file but no manifest yet.
        s3.putObject(p -> p.bucket(DEST).key(PREFIX + "2026-12-06T01-00Z/manifest.checksum"), RequestBody.empty());
        s3.putObject(p -> p.bucket(DEST).key(PREFIX + "hive/dt=2026-12-05-01-00/symlink.txt"), RequestBody.empty());

        BucketUsage usage = s3.recipes().bucketDuFromInventory(i -> i.location("s3://" + DEST + "/" + PREFIX));

        assertThat(usage.source()).isEqualTo(UsageSource.INVENTORY);
        assertThat(usage.asOf()).isEqualTo(NEWER);
        assertThat(usage.bucket()).isEqualTo("team-logs");
        assertThat(usage.objects()).isEqualTo(50);
        long bytes = 50 * 100 + 49 * 50 / 2;
        assertThat(usage.bytes()).isEqualTo(bytes);
        long glacier = 0;
        for (int i = 0; i < 50; i += 3) {
            glacier += 100 + i;
        }
        assertThat(usage.byStorageClass())
                .isEqualTo(Map.of(
                        "GLACIER", new StorageClassUsage(17, glacier),
                        "STANDARD", new StorageClassUsage(33, bytes - glacier)));
        assertThat(usage.requests())
                .as("list pages, the manifest of the folder without one, the manifest, 7 data files")
                .isGreaterThanOrEqualTo(2 + 2 + 7);
    }

    @Test
    void bucketDuFromInventory_prefix_countsOnlyKeysUnderItAfterDecoding() {
        current.write(s3, "2026-12-05T01-00Z", NEWER, lines(10), 3);

        BucketUsage usage = s3.recipes().bucketDuFromInventory(i -> i.location("s3://" + DEST + "/" + PREFIX)
                .prefix("tmp/file 1+é"));

        assertThat(usage.objects()).as("tmp/file 1+é%% only").isEqualTo(1);
        assertThat(usage.bytes()).isEqualTo(101);
        assertThat(usage.prefix()).isEqualTo("tmp/file 1+é");
    }

    @Test
    void bucketDuFromInventory_versionsReport_countsVersionsAndDeleteMarkers() {
        InventoryReport versions = new InventoryReport("team-logs", DEST, PREFIX, true);
        versions.write(
                s3,
                "2026-12-05T01-00Z",
                NEWER,
                List.of(
                        new Line("a", "v2", true, false, 5L, "STANDARD"),
                        new Line("a", "v1", false, false, 7L, "STANDARD"),
                        new Line("b", "m1", true, true, null, null),
                        new Line("b", "v0", false, false, 11L, "STANDARD_IA")),
                2);

        BucketUsage all = s3.recipes().bucketDuFromInventory(i -> i.location("s3://" + DEST + "/" + PREFIX)
                .allVersions(true));
        BucketUsage latest = s3.recipes().bucketDuFromInventory(i -> i.location("s3://" + DEST + "/" + PREFIX));

        assertThat(all.objects()).isEqualTo(3);
        assertThat(all.bytes()).isEqualTo(23);
        assertThat(all.deleteMarkers()).isEqualTo(1);
        assertThat(all.allVersions()).isTrue();
        assertThat(latest.objects()).isEqualTo(1);
        assertThat(latest.bytes()).isEqualTo(5);
    }

    @Test
    void bucketDuFromInventory_reportOfAnEmptyBucket_countsNothing() {
        current.write(s3, "2026-12-05T01-00Z", NEWER, List.of(), 0);

        BucketUsage usage = s3.recipes().bucketDuFromInventory(i -> i.location("s3://" + DEST + "/" + PREFIX));

        assertThat(usage.objects()).isZero();
        assertThat(usage.bytes()).isZero();
        assertThat(usage.byStorageClass()).isEmpty();
        assertThat(usage.asOf()).isEqualTo(NEWER);
    }

    @Test
    void bucketDuFromInventory_parquetReport_isRefusedSayingOnlyCsvIsRead() {
        s3.putObject(
                p -> p.bucket(DEST).key(PREFIX + "2026-12-05T01-00Z/manifest.json"),
                RequestBody.fromString("{\"sourceBucket\": \"team-logs\", \"fileFormat\": \"Parquet\","
                        + " \"fileSchema\": \"message s3.inventory { }\", \"files\": []}"));

        assertThatThrownBy(() -> s3.recipes().bucketDuFromInventory(i -> i.location("s3://" + DEST + "/" + PREFIX)))
                .isInstanceOf(AwsRecipesException.class)
                .hasMessageContaining("is in Parquet format; only CSV reports can be read");
    }

    @Test
    void bucketDuFromInventory_dataFileChangedAfterTheManifest_isRefusedNotMiscounted() {
        current.write(s3, "2026-12-05T01-00Z", NEWER, lines(10), 2);
        String file = s3.objects.keySet().stream()
                .filter(k -> k.endsWith("-part-1.csv.gz"))
                .findFirst()
                .orElseThrow();
        // Still a well-formed data file, of other lines: only the manifest's size and MD5 tell.
        s3.objects.put(file, s3.objects.get(file.replace("-part-1.", "-part-0.")));

        assertThatThrownBy(() -> s3.recipes().bucketDuFromInventory(i -> i.location("s3://" + DEST + "/" + PREFIX)))
                .isInstanceOf(AwsRecipesException.class)
                .hasMessageContaining("the inventory data file s3://" + DEST + "/" + file)
                .hasMessageContaining("the count would be wrong");
    }

    @Test
    void bucketDuFromInventory_noReport_saysWhereItLooked() {
        s3.putObject(
                p -> p.bucket(DEST).key(PREFIX + "data/x.csv.gz"), RequestBody.fromString("", StandardCharsets.UTF_8));

        assertThatThrownBy(() -> s3.recipes().bucketDuFromInventory(i -> i.location("s3://" + DEST + "/" + PREFIX)))
                .isInstanceOf(AwsRecipesException.class)
                .hasMessageStartingWith("no inventory report under s3://" + DEST + "/" + PREFIX + ": ");
    }

    @Test
    void bucketDuFromInventory_allVersionsFromACurrentOnlyReport_isRefused() {
        current.write(s3, "2026-12-05T01-00Z", NEWER, lines(2), 1);

        assertThatThrownBy(() -> s3.recipes().bucketDuFromInventory(i -> i.location("s3://" + DEST + "/" + PREFIX)
                        .allVersions(true)))
                .isInstanceOf(AwsRecipesException.class)
                .hasMessageContaining("lists current versions only");
    }

    @Test
    void bucketDuFromInventory_missingDestinationBucket_isBucketNotFound() {
        assertThatThrownBy(() -> s3.recipes().bucketDuFromInventory(i -> i.location("s3://other-bucket/" + PREFIX)))
                .isInstanceOf(BucketNotFoundException.class);
    }
}
