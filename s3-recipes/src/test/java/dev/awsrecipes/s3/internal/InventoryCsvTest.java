package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.s3.StorageClassUsage;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counting the lines of inventory CSV data files as the S3 User Guide's "Inventory list" lays them out. */
class InventoryCsvTest {
    private static final List<String> CURRENT = List.of("Bucket", "Key", "Size", "LastModifiedDate", "StorageClass");
    private static final List<String> VERSIONS =
            List.of("Bucket", "Key", "VersionId", "IsLatest", "IsDeleteMarker", "Size", "StorageClass");

    private static Tally count(List<String> schema, String prefix, boolean allVersions, String csv) throws IOException {
        return InventoryCsv.forSchema(schema, prefix, allVersions).count(new StringReader(csv));
    }

    @Test
    void count_urlEncodedKeys_areDecodedAsAFormIsBeforeThePrefixIsCompared() throws IOException {
        String csv =
                """
                "src","docs/my+file.txt","10","2026-12-01T10:00:00.000Z","STANDARD"
                "src","docs/a%2Bb","20","2026-12-01T10:00:00.000Z","STANDARD"
                "src","docs/100%25","30","2026-12-01T10:00:00.000Z","GLACIER"
                "src","docs%2F%C3%A9t%C3%A9+%F0%9F%98%80","40","2026-12-01T10:00:00.000Z","STANDARD_IA"
                "src","docs/x%2Cy","50","2026-12-01T10:00:00.000Z","STANDARD"
                "src","docs+/space-after","60","2026-12-01T10:00:00.000Z","STANDARD"
                "src","docsA","70","2026-12-01T10:00:00.000Z","STANDARD"
                """;

        Tally all = count(CURRENT, "", false, csv);
        Tally docs = count(CURRENT, "docs/", false, csv);
        Tally plus = count(CURRENT, "docs/a+", false, csv);
        Tally accented = count(CURRENT, "docs/été 😀", false, csv);
        Tally spaced = count(CURRENT, "docs /", false, csv);

        assertThat(all.objects).isEqualTo(7);
        assertThat(all.bytes).isEqualTo(280);
        assertThat(docs.objects).as("a space (+) and a literal + differ").isEqualTo(5);
        assertThat(docs.bytes).isEqualTo(150);
        assertThat(plus.bytes).isEqualTo(20);
        assertThat(accented.bytes).isEqualTo(40);
        assertThat(spaced.bytes).isEqualTo(60);
        assertThat(docs.byClass)
                .isEqualTo(Map.of(
                        "STANDARD", new StorageClassUsage(3, 80),
                        "GLACIER", new StorageClassUsage(1, 30),
                        "STANDARD_IA", new StorageClassUsage(1, 40)));
    }

    @Test
    void count_quotedFields_holdCommasQuotesAndLineBreaks() throws IOException {
        List<String> schema = List.of("Key", "Note", "Size", "StorageClass");
        String csv = "\"a\",\"x, \"\"y\"\"\nz\",\"5\",\"STANDARD\"\r\n"
                + "b,plain,6,\r\n"
                + "\n"
                + "\"c\",\"\",\"7\",\"DEEP_ARCHIVE\"";

        Tally tally = count(schema, "", false, csv);

        assertThat(tally.objects).isEqualTo(3);
        assertThat(tally.bytes).isEqualTo(18);
        assertThat(tally.byClass)
                .as("an empty class counts as STANDARD, as a listing reports it")
                .isEqualTo(Map.of(
                        "STANDARD", new StorageClassUsage(2, 11),
                        "DEEP_ARCHIVE", new StorageClassUsage(1, 7)));
    }

    /** Two keys: a with two versions, b deleted (a delete marker over one version), c current. */
    private static final String VERSIONED =
            """
            "src","a","v2","true","false","100","STANDARD"
            "src","a","v1","false","false","10","STANDARD_IA"
            "src","b","dm","true","true","",""
            "src","b","v1","false","false","1000","STANDARD"
            "src","c","null","true","false","1","GLACIER_IR"
            """;

    @Test
    void count_versionsReportForCurrentObjects_countsLatestVersionsThatAreNoDeleteMarker() throws IOException {
        Tally tally = count(VERSIONS, "", false, VERSIONED);

        assertThat(tally.objects).isEqualTo(2);
        assertThat(tally.bytes).isEqualTo(101);
        assertThat(tally.deleteMarkers).isZero();
        assertThat(tally.byClass)
                .isEqualTo(
                        Map.of("STANDARD", new StorageClassUsage(1, 100), "GLACIER_IR", new StorageClassUsage(1, 1)));
    }

    @Test
    void count_versionsReportForAllVersions_countsEveryVersionAndDeleteMarker() throws IOException {
        Tally tally = count(VERSIONS, "", true, VERSIONED);

        assertThat(tally.objects).isEqualTo(4);
        assertThat(tally.bytes).isEqualTo(1111);
        assertThat(tally.deleteMarkers).isEqualTo(1);
        assertThat(tally.byClass)
                .isEqualTo(Map.of(
                        "STANDARD", new StorageClassUsage(2, 1100),
                        "STANDARD_IA", new StorageClassUsage(1, 10),
                        "GLACIER_IR", new StorageClassUsage(1, 1)));
    }

    @Test
    void count_versionsWithPrefix_countsOnlyKeysUnderIt() throws IOException {
        Tally tally = count(VERSIONS, "b", true, VERSIONED);

        assertThat(tally.objects).isEqualTo(1);
        assertThat(tally.bytes).isEqualTo(1000);
        assertThat(tally.deleteMarkers).isEqualTo(1);
    }

    @Test
    void forSchema_allVersionsOfACurrentOnlyReport_isRefused() {
        assertThatThrownBy(() -> InventoryCsv.forSchema(CURRENT, "", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lists current versions only");
    }

    @Test
    void forSchema_withoutSize_isRefused() {
        assertThatThrownBy(() -> InventoryCsv.forSchema(List.of("Bucket", "Key"), "", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("its fileSchema has no Size field");
    }

    @Test
    void count_lineWithTooFewFields_isRefusedWithItsNumber() {
        assertThatThrownBy(() -> count(CURRENT, "", false, "\"s\",\"a\",\"1\",\"d\",\"STANDARD\"\n\"s\",\"b\",\"2\"\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 2 has 3 fields where the fileSchema names 5");
    }

    @Test
    void count_badPercentEscape_isRefusedWithItsLine() {
        assertThatThrownBy(() -> count(CURRENT, "", false, "\"s\",\"a%zz\",\"1\",\"d\",\"STANDARD\"\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 1: the key \"a%zz\" is not URL-encoded");
    }

    @Test
    void count_unterminatedQuote_isRefused() {
        assertThatThrownBy(() -> count(CURRENT, "", false, "\"s\",\"a,\"1\",\"d\",\"STANDARD\"\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void count_negativeSize_isRefused() {
        assertThatThrownBy(() -> count(CURRENT, "", false, "\"s\",\"a\",\"-1\",\"d\",\"STANDARD\"\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 1: the size \"-1\" is not a byte count");
    }
}
