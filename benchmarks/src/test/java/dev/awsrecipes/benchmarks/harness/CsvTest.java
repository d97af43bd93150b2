package dev.awsrecipes.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void format_writesAHeaderThenOneLinePerRowWithDotDecimals() {
        Row row = new Row(
                "1 GiB", "ours", "ok", 3, 4.5, 4.0, 5.0, 1.0, 227.5555, "MiB/s", 300.0, 120.25, 140, "8 in flight");

        String csv = Csv.format(List.of(row));

        assertThat(csv.lines())
                .containsExactly(
                        Csv.HEADER,
                        "1 GiB,ours,ok,3,4.5000,4.0000,5.0000,1.000,227.56,MiB/s,300.0,120.3,140,8 in flight");
    }

    @Test
    void format_unknownNumbersAndUncountedRequests_areEmptyFields() {
        Row row = new Row(
                "c",
                "rclone",
                "not available: missing",
                0,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                "",
                Double.NaN,
                Double.NaN,
                -1,
                "");

        assertThat(Csv.format(List.of(row)).lines().skip(1))
                .containsExactly("c,rclone,not available: missing,0,,,,,,,,,,");
    }

    @Test
    void field_withCommaOrQuote_isQuotedWithQuotesDoubled() {
        assertThat(Csv.field("3 accounts, 38 regions")).isEqualTo("\"3 accounts, 38 regions\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }
}
