package dev.awsrecipes.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.monitoring.MetricDatum;
import dev.awsrecipes.monitoring.MonitoringRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomMetricsTest {

    private static List<MetricDatum> data(int n, int dimensions) {
        List<MetricDatum> data = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MetricDatum.Builder b = MetricDatum.builder().metricName("m" + i).value(i);
            for (int d = 0; d < dimensions; d++) {
                b.dimension("dimension-" + d, "x".repeat(200));
            }
            data.add(b.build());
        }
        return data;
    }

    @Test
    void batches_smallValues_splitAt1000() {
        List<List<MetricDatum>> batches = CustomMetrics.batches(data(2500, 0), 1000, 1_000_000);

        assertThat(batches).extracting(List::size).containsExactly(1000, 1000, 500);
        assertThat(batches.get(1).get(0).metricName()).isEqualTo("m1000");
    }

    @Test
    void batches_largeValues_splitBeforeOneMegabyte() {
        List<MetricDatum> data = data(1000, 30);

        List<List<MetricDatum>> batches = CustomMetrics.batches(data, 1000, 1_000_000);

        assertThat(batches.size()).isGreaterThan(1);
        assertThat(batches).allSatisfy(b -> assertThat(
                        b.stream().mapToLong(CustomMetrics::estimatedSize).sum())
                .isLessThanOrEqualTo(1_000_000));
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(1000);
    }

    @Test
    void estimatedSize_isAboveTheQueryProtocolsEncodedSize() {
        MetricDatum d = data(1, 30).get(0);
        // Query protocol, every dimension: MetricData.member.1.Dimensions.member.N.Name=...&...Value=...
        long encoded = 0;
        for (var e : d.dimensions().entrySet()) {
            encoded += "&MetricData.member.1.Dimensions.member.30.Name=".length()
                    + e.getKey().length();
            encoded += "&MetricData.member.1.Dimensions.member.30.Value=".length()
                    + e.getValue().length();
        }
        assertThat(CustomMetrics.estimatedSize(d)).isGreaterThan(encoded);
    }

    @Test
    void timestamps_tooOldOrTooFarAhead_areRejected() {
        Instant now = Instant.parse("2026-06-01T12:00:00Z");
        MetricDatum old = MetricDatum.builder()
                .metricName("m")
                .timestamp(now.minus(Duration.ofDays(15)))
                .build();
        MetricDatum ahead = MetricDatum.builder()
                .metricName("m")
                .timestamp(now.plus(Duration.ofHours(3)))
                .build();

        assertThatThrownBy(() -> CustomMetrics.checkTimestamps(List.of(old), now))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("older than two weeks");
        assertThatThrownBy(() -> CustomMetrics.checkTimestamps(List.of(ahead), now))
                .hasMessageContaining("more than two hours ahead");
    }

    @Test
    void awsNamespaces_areRefused() {
        assertThatThrownBy(() -> MonitoringRules.customNamespace("namespace", "AWS/EC2"))
                .hasMessage("namespace \"AWS/EC2\" is reserved for AWS services; choose a namespace of your own");
    }
}
