package dev.awsrecipes.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmulatedLatencyTest {

    @Test
    void millisFrom_nothingSet_isOneHundred() {
        assertThat(EmulatedLatency.millisFrom(Map.of())).isEqualTo(100);
        assertThat(EmulatedLatency.millisFrom(Map.of("BENCH_LATENCY_MS", " "))).isEqualTo(100);
    }

    @Test
    void millisFrom_setValue_isTakenAndZeroIsAllowed() {
        assertThat(EmulatedLatency.millisFrom(Map.of("BENCH_LATENCY_MS", " 250 ")))
                .isEqualTo(250);
        assertThat(EmulatedLatency.millisFrom(Map.of("BENCH_LATENCY_MS", "0"))).isZero();
    }

    @Test
    void millisFrom_negative_isRejectedNamingTheVariable() {
        assertThatThrownBy(() -> EmulatedLatency.millisFrom(Map.of("BENCH_LATENCY_MS", "-5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BENCH_LATENCY_MS");
    }

    @Test
    void label_namesTheDelayPerRequest() {
        assertThat(EmulatedLatency.label(100)).isEqualTo("+100 ms emulated round trip per request");
        assertThat(EmulatedLatency.caseLabel(100)).isEqualTo("+100 ms emulated round trip");
    }

    @Test
    void constructor_zeroDelay_isRejected() {
        assertThatThrownBy(() -> new EmulatedLatency(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
