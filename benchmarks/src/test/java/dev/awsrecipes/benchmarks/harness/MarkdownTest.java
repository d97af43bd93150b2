package dev.awsrecipes.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void table_okRow_showsMedianRatioRateAndMemory() {
        Row row = new Row(
                "1 GiB", "aws", "ok", 3, 9.0, 8.0, 10.0, 2.0, 113.8, "MiB/s", 82.4, Double.NaN, -1, "8 in flight");

        assertThat(Markdown.table(List.of(row)).lines().skip(2))
                .containsExactly("| 1 GiB | aws | 9.00 s | 3 | 2.00× | 114 MiB/s | 82 MiB |  |  | 8 in flight |");
    }

    @Test
    void table_unavailableRow_showsWhyInsteadOfTimes() {
        Row row = new Row(
                "c",
                "rclone",
                "not available: not installed",
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
                "x|y");

        assertThat(Markdown.table(List.of(row)))
                .contains("| not available: not installed |")
                .contains("x\\|y");
    }

    @Test
    void seconds_pickAReadableUnit() {
        assertThat(Markdown.seconds(0.0000042)).isEqualTo("4.2 µs");
        assertThat(Markdown.seconds(0.0123)).isEqualTo("12.3 ms");
        assertThat(Markdown.seconds(1.234)).isEqualTo("1.23 s");
        assertThat(Markdown.seconds(123.4)).isEqualTo("123 s");
    }
}
