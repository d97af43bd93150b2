package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** manifest.json as the S3 User Guide's "Inventory manifest" lays it out. */
class InventoryManifestTest {
    private static final String CSV_MANIFEST =
            """
            {
                "sourceBucket": "example-source-bucket",
                "destinationBucket": "arn:aws:s3:::example-inventory-destination-bucket",
                "version": "2016-11-30",
                "creationTimestamp" : "1514944800000",
                "fileFormat": "CSV",
                "fileSchema": "Bucket, Key, VersionId, IsLatest, IsDeleteMarker, Size, LastModifiedDate, ETag, StorageClass",
                "files": [
                    {
                        "key": "Inventory/example-source-bucket/2016-11-06T21-32Z/files/939c6d46-85a9-4ba8-87bd-9db705a579ce.csv.gz",
                        "size": 2147483647,
                        "MD5checksum": "f11166069f1990abeb9c97ace9cdfabc"
                    },
                    {
                        "key": "Inventory/example-source-bucket/2016-11-06T21-32Z/files/2.csv.gz",
                        "size": 12,
                        "MD5checksum": "a11166069f1990abeb9c97ace9cdfabc"
                    }
                ]
            }
            """;

    @Test
    void parse_csvManifest_givesSchemaInOrderFilesAndCreationTime() {
        InventoryManifest manifest = InventoryManifest.parse(CSV_MANIFEST);

        assertThat(manifest.sourceBucket()).isEqualTo("example-source-bucket");
        assertThat(manifest.isCsv()).isTrue();
        assertThat(manifest.fileSchema())
                .containsExactly(
                        "Bucket",
                        "Key",
                        "VersionId",
                        "IsLatest",
                        "IsDeleteMarker",
                        "Size",
                        "LastModifiedDate",
                        "ETag",
                        "StorageClass");
        assertThat(manifest.files())
                .containsExactly(
                        new InventoryManifest.DataFile(
                                "Inventory/example-source-bucket/2016-11-06T21-32Z/files/939c6d46-85a9-4ba8-87bd-9db705a579ce.csv.gz",
                                2147483647L,
                                "f11166069f1990abeb9c97ace9cdfabc"),
                        new InventoryManifest.DataFile(
                                "Inventory/example-source-bucket/2016-11-06T21-32Z/files/2.csv.gz",
                                12,
                                "a11166069f1990abeb9c97ace9cdfabc"));
        assertThat(manifest.created()).isEqualTo(Instant.parse("2018-01-03T02:00:00Z"));
    }

    @Test
    void parse_parquetManifest_isReadButNotCsv() {
        InventoryManifest manifest = InventoryManifest.parse(
                """
                {"sourceBucket": "src-bucket", "destinationBucket": "arn:aws:s3:::dst",
                 "fileFormat": "Parquet",
                 "fileSchema": "message s3.inventory { required binary bucket (UTF8); required binary key (UTF8); }",
                 "files": []}
                """);

        assertThat(manifest.isCsv()).isFalse();
        assertThat(manifest.fileSchema()).isEmpty();
        assertThat(manifest.created()).isNull();
    }

    @Test
    void parse_withoutFiles_isRefusedNamingTheField() {
        assertThatThrownBy(() -> InventoryManifest.parse(
                        "{\"sourceBucket\": \"s\", \"fileFormat\": \"CSV\", \"fileSchema\": \"Key, Size\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the manifest has no \"files\" array");
    }

    @Test
    void parse_withoutSchema_isRefusedNamingTheField() {
        assertThatThrownBy(() ->
                        InventoryManifest.parse("{\"sourceBucket\": \"s\", \"fileFormat\": \"CSV\", \"files\": []}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the manifest has no \"fileSchema\"");
    }

    @Test
    void parse_fileSizeNotANumber_isRefused() {
        assertThatThrownBy(() -> InventoryManifest.parse(
                        "{\"sourceBucket\": \"s\", \"fileFormat\": \"CSV\", \"fileSchema\": \"Key\","
                                + " \"files\": [{\"key\": \"k\", \"size\": 1.5}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the size of k is 1.5, not a byte count");
    }
}
