package dev.awsrecipes.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnobsTest {

    @Test
    void from_nothingSet_givesTheFullRunsDefaults() {
        Knobs knobs = Knobs.from(Map.of());

        assertThat(knobs.quick()).isFalse();
        assertThat(knobs.runs()).isEqualTo(3);
        assertThat(knobs.endpoint()).isEqualTo("http://127.0.0.1:4566");
        assertThat(knobs.concurrency()).isEqualTo(8);
        assertThat(knobs.partSizeMib()).isEqualTo(16);
        assertThat(knobs.docsDir()).isEqualTo(Path.of("docs/benchmarks"));
    }

    @Test
    void from_quickAndFewerRuns_isQuickButKeepsAtLeastThreeRuns() {
        Knobs knobs = Knobs.from(Map.of("BENCH_QUICK", "1", "BENCH_RUNS", "1"));

        assertThat(knobs.quick()).isTrue();
        assertThat(knobs.runs()).isEqualTo(3);
    }

    @Test
    void longs_readsACommaSeparatedListOrFallsBack() {
        assertThat(Knobs.longs(Map.of("X", "256, 1024"), "X", 1)).containsExactly(256, 1024);
        assertThat(Knobs.longs(Map.of(), "X", 1, 2)).containsExactly(1, 2);
    }
}
