package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress per mode, with a clock the test moves (nothing is timed). */
class ProgressTest {
    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private Progress progress(Progress.Mode mode) {
        return new Progress(new PrintWriter(err, true), mode, now::get);
    }

    @Test
    void lines_firstReportThenAtMostEveryIntervalThenTheLast_neverACarriageReturn() {
        try (Progress.Task task = progress(Progress.Mode.LINES).task("upload", 30L << 20, "MiB", 1L << 20)) {
            task.update(0, 30L << 20, "0/3 parts");
            now.addAndGet(Duration.ofSeconds(1).toNanos());
            task.update(10L << 20, 30L << 20, "1/3 parts");
            now.addAndGet(Progress.LINE_INTERVAL.toNanos());
            task.update(20L << 20, 30L << 20, "2/3 parts");
            task.update(30L << 20, 30L << 20, "3/3 parts");
        }

        assertThat(err.toString().lines())
                .containsExactly(
                        "upload: 0.0 of 30.0 MiB (0%), 0/3 parts",
                        "upload: 20.0 of 30.0 MiB (66%), 2/3 parts", "upload: 30.0 of 30.0 MiB (100%), 3/3 parts");
        assertThat(err.toString()).doesNotContain("\r");
    }

    @Test
    void lines_withoutATotal_countItems() {
        progress(Progress.Mode.LINES).counting("bucket-du", "objects", task -> {
            task.update(1000, -1, "52,000 bytes");
            return null;
        });

        assertThat(err.toString().lines())
                .containsExactly("bucket-du: 1000 objects, 52,000 bytes", "bucket-du: 1000 objects, 52,000 bytes");
    }

    @Test
    void off_printsNothing_notEvenNotes() {
        Progress off = progress(Progress.Mode.OFF);
        try (Progress.Task task = off.task("upload", 10, "B", 1)) {
            task.update(5, 10, "");
        }
        off.note("part 1 failed (attempt 1), retrying");

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void bar_redrawsInPlace() {
        try (Progress.Task task = progress(Progress.Mode.BAR).task("upload", 10L << 20, "MiB", 1L << 20)) {
            task.update(10L << 20, 10L << 20, "2/2 parts");
        }

        assertThat(err.toString())
                .contains("\rupload 100% [")
                .contains("2/2 parts")
                .endsWith(System.lineSeparator());
    }

    @Test
    void mode_quietWins_thenATerminalGetsABar() {
        assertThat(Progress.mode(true, true)).isEqualTo(Progress.Mode.OFF);
        assertThat(Progress.mode(false, true)).isEqualTo(Progress.Mode.BAR);
        assertThat(Progress.mode(false, false)).isEqualTo(Progress.Mode.LINES);
    }
}
