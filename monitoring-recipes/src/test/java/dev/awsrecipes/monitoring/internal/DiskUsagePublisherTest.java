package dev.awsrecipes.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskUsagePublisherTest {

    @Test
    void usedPercent_isTheShareThatCannotBeWrittenAnyMore() {
        assertThat(DiskUsagePublisher.usedPercent(1000, 250)).isEqualTo(75.0);
        assertThat(DiskUsagePublisher.usedPercent(3, 2)).isEqualTo(33.33);
        assertThat(DiskUsagePublisher.usedPercent(1000, 1000)).isEqualTo(0.0);
        assertThat(DiskUsagePublisher.usedPercent(0, 0)).isEqualTo(0.0);
    }

    @Test
    void measure_aRealDirectory_givesAPercentage(@TempDir Path dir) {
        DiskUsagePublisher.Measurement m = DiskUsagePublisher.measure(dir);

        assertThat(m.totalBytes()).isPositive();
        assertThat(m.usedPercent()).isBetween(0.0, 100.0);
    }

    @Test
    void measure_missingPath_isBadInput(@TempDir Path dir) {
        assertThatThrownBy(() -> DiskUsagePublisher.measure(dir.resolve("nope")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("does not exist");
    }
}
