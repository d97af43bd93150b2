package dev.awsrecipes.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTest {

    private static Results upload() {
        Results results = new Results("upload", "Upload", "ours").work("1 GiB", 1024, "MiB/s");
        Measurement ours = results.add("1 GiB", "ours", "8 in flight");
        List.of(4.0, 5.0, 4.5).forEach(ours::addRun);
        ours.peakRssMib(300);
        ours.peakRssMib(250);
        Measurement cli = results.add("1 GiB", "aws", "8 in flight");
        List.of(9.0, 8.0, 10.0).forEach(cli::addRun);
        results.add("1 GiB", "rclone", "").notAvailable("rclone not installed");
        return results;
    }

    @Test
    void rows_ratioIsTheContendersMedianOverOurs() {
        List<Row> rows = upload().rows();

        assertThat(rows).extracting(Row::contender).containsExactly("ours", "aws", "rclone");
        assertThat(rows.get(0).ratioToOurs()).isEqualTo(1.0);
        assertThat(rows.get(1).medianSeconds()).isEqualTo(9.0);
        assertThat(rows.get(1).ratioToOurs()).isEqualTo(2.0);
    }

    @Test
    void rows_rateComesFromTheCasesWorkOverTheMedian() {
        Row ours = upload().rows().get(0);

        assertThat(ours.rate()).isEqualTo(1024 / 4.5);
        assertThat(ours.rateUnit()).isEqualTo("MiB/s");
    }

    @Test
    void rows_peakMemoryIsTheHighestOfAllRuns() {
        assertThat(upload().rows().get(0).peakRssMib()).isEqualTo(300.0);
    }

    @Test
    void rows_unavailableContender_keepsItsReasonAndHasNoTime() {
        Row rclone = upload().rows().get(2);

        assertThat(rclone.ok()).isFalse();
        assertThat(rclone.status()).isEqualTo("not available: rclone not installed");
        assertThat(rclone.medianSeconds()).isNaN();
        assertThat(rclone.runs()).isZero();
    }

    @Test
    void rows_oursFailed_leavesEveryRatioUnknown() {
        Results results = new Results("x", "x", "ours");
        results.add("c", "ours", "").failed("exit 1");
        results.add("c", "other", "").addRun(1.0);

        assertThat(results.rows().get(1).ratioToOurs()).isNaN();
        assertThat(results.rows().get(0).status()).isEqualTo("failed: exit 1");
    }

    @Test
    void measurement_withoutRuns_isReportedAsFailed() {
        Results results = new Results("x", "x", "ours");
        results.add("c", "ours", "");

        assertThat(results.rows().get(0).status()).startsWith("failed:");
    }
}
