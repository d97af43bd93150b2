package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** Each public S3 spec rejects bad input when it is made, without a recipe or a session. */
class SpecsCheckThemselvesTest {
    private static final Path FILE = Path.of("data.bin");

    @Test
    void copyObjectSpec_partSizeUnderS3sMinimum_isRejected() {
        assertThatThrownBy(() -> new CopyObjectSpec(
                        "src-bucket", "a.csv", "dst-bucket", "a.csv", null, null, S3Limits.MAX_SINGLE_COPY, 1024))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("partSize is 1024; it must be between 5242880 and 5368709120");
    }

    @Test
    void copyObjectSpec_obsoleteStorageClass_isRejected() {
        assertThatThrownBy(() -> new CopyObjectSpec(
                        "src-bucket",
                        "a.csv",
                        "dst-bucket",
                        "a.csv",
                        null,
                        StorageClass.REDUCED_REDUNDANCY,
                        S3Limits.MAX_SINGLE_COPY,
                        CopyObjectSpec.DEFAULT_PART_SIZE))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("storageClass REDUCED_REDUNDANCY is obsolete");
    }

    @Test
    void bucketDuSpec_parallelismZero_isRejected() {
        assertThatThrownBy(() -> new BucketDuSpec("team-logs", "", false, 0))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("parallelism is 0; it must be between 1 and 256");
    }

    @Test
    void bucketDuSpec_invalidBucket_isRejected() {
        assertThatThrownBy(() -> new BucketDuSpec("Team_Logs", "", false, 8))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("bucket \"Team_Logs\" is not a valid bucket name");
    }

    @Test
    void inventoryDuSpec_location_givesDestinationBucketAndReportPrefix() {
        InventoryDuSpec spec = InventoryDuSpec.builder()
                .location("s3://inventory-dest/daily/team-logs/all")
                .build();

        org.assertj.core.api.Assertions.assertThat(spec)
                .isEqualTo(new InventoryDuSpec("inventory-dest", "daily/team-logs/all/", "", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"inventory-dest/daily/", "s3://inventory-dest", "s3://inventory-dest/", "s3:///x/"})
    void inventoryDuSpec_locationNotAReportPrefix_isRejectedNamingInventory(String location) {
        assertThatThrownBy(() -> InventoryDuSpec.builder().location(location))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("inventory ");
    }

    @Test
    void websiteSpec_indexDocumentWithSlash_isRejected() {
        assertThatThrownBy(() -> new WebsiteSpec("www-example", Path.of("public"), "docs/index.html", null))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("indexDocument \"docs/index.html\" must be a file name without a slash");
    }

    @Test
    void putObjectSpec_twoContents_isRejected() {
        assertThatThrownBy(() -> PutObjectSpec.builder()
                        .bucket("reports")
                        .key("q3.csv")
                        .text("a")
                        .file(FILE)
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("content needs exactly one of text, bytes, file or stream; got 2");
    }

    @Test
    void putObjectSpec_metadataNameWithSpace_isRejected() {
        assertThatThrownBy(() -> PutObjectSpec.builder()
                        .bucket("reports")
                        .key("q3.csv")
                        .text("a")
                        .metadata(Map.of("my owner", "x"))
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("metadata name \"my owner\" is not allowed");
    }

    /** 1 KiB is under a download range's 1 MiB too: the message must still state the upload's rule. */
    @ParameterizedTest
    @ValueSource(longs = {1024, S3Limits.MIB})
    void uploadSpec_partSizeUnder5MiB_isRejectedWithTheUploadsRule(long partSize) {
        assertThatThrownBy(() -> UploadSpec.builder()
                        .bucket("backups")
                        .key("db.dump")
                        .file(FILE)
                        .partSize(partSize)
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("partSize is " + partSize
                        + " bytes; S3 parts must be between 5 MiB (5242880) and 5 GiB (5368709120)");
    }

    @Test
    void uploadSpec_blankUploadId_isRejected() {
        assertThatThrownBy(() -> UploadSpec.builder()
                        .bucket("backups")
                        .key("db.dump")
                        .file(FILE)
                        .uploadId(" ")
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("uploadId is required and must not be blank");
    }

    @Test
    void downloadSpec_partAttemptsZero_isRejected() {
        assertThatThrownBy(() -> DownloadSpec.builder()
                        .bucket("backups")
                        .key("db.dump")
                        .file(FILE)
                        .partAttempts(0)
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("partAttempts is 0; it must be between 1 and 10");
    }

    @Test
    void downloadSpec_resumeIntoStream_isRejected() {
        assertThatThrownBy(() -> DownloadSpec.builder()
                        .bucket("backups")
                        .key("db.dump")
                        .output(new ByteArrayOutputStream())
                        .resume(true)
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("a download to a stream cannot be resumed; give a file");
    }

    @Test
    void transferSettings_concurrencyOver64_isRejected() {
        assertThatThrownBy(() -> new TransferSettings(TransferSettings.DEFAULT_PART_SIZE, 65, 4))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("concurrency is 65; it must be between 1 and 64");
    }

    @Test
    void treeUploadSpec_perFilePartSizeUnder5MiB_isRejectedWhenBuilt() {
        assertThatThrownBy(() -> TreeUploadSpec.builder()
                        .directory(Path.of("site"))
                        .bucket("www-example")
                        .perFile(u -> u.partSize(S3Limits.MIB))
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("partSize is 1048576 bytes; S3 parts must be between 5 MiB");
    }

    @Test
    void treeUploadSpec_fileConcurrencyZero_isRejected() {
        assertThatThrownBy(() -> TreeUploadSpec.builder()
                        .directory(Path.of("site"))
                        .bucket("www-example")
                        .fileConcurrency(0)
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("fileConcurrency is 0; it must be between 1 and 32");
    }
}
