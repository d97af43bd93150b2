package dev.awsrecipes.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void median_oddCount_isTheMiddleValueWhateverTheOrder() {
        assertThat(Stats.median(List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
    }

    @Test
    void median_evenCount_isTheMeanOfTheTwoMiddleValues() {
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 100.0))).isEqualTo(3.5);
    }

    @Test
    void median_oneOutlier_doesNotMoveIt() {
        assertThat(Stats.median(List.of(2.0, 2.1, 60.0))).isEqualTo(2.1);
    }

    @Test
    void median_noValues_isRejected() {
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratioToOurs_slowerContender_isAboveOne() {
        assertThat(Stats.ratioToOurs(6.0, 2.0)).isEqualTo(3.0);
        assertThat(Stats.ratioToOurs(1.0, 2.0)).isEqualTo(0.5);
    }

    @Test
    void ratioToOurs_unknownTime_isNaN() {
        assertThat(Stats.ratioToOurs(Double.NaN, 2.0)).isNaN();
        assertThat(Stats.ratioToOurs(1.0, 0.0)).isNaN();
    }

    @Test
    void rate_isUnitsPerSecond() {
        assertThat(Stats.rate(1024, 4.0)).isCloseTo(256.0, within(1e-9));
        assertThat(Stats.rate(1024, 0)).isNaN();
    }
}
