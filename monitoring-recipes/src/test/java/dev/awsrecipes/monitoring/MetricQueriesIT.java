package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/** M2: data is written straight through the SDK, then read with the recipes. */
class MetricQueriesIT {
    private static final String INSTANCE = "i-0123456789abcdef0";

    private static void put(CloudWatchClient cw, String namespace, String metric, double value, Instant at) {
        cw.putMetricData(r -> r.namespace(namespace).metricData(d -> d.metricName(metric)
                .value(value)
                .unit(StandardUnit.PERCENT)
                .timestamp(at)
                .dimensions(x -> x.name("InstanceId").value(INSTANCE))));
    }

    @Ec2ServerTest
    void instanceMetrics_listsEveryMetricWithTheInstanceDimension(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            CloudWatchClient cw = aws.client(MonitoringServices.CLOUDWATCH);
            Instant now = Instant.now();
            put(cw, "Paws/Host", "MemoryUsed", 40, now);
            put(cw, "Paws/Host", "DiskUsage", 70, now);
            cw.putMetricData(r -> r.namespace("Paws/Host")
                    .metricData(d -> d.metricName("Unrelated").value(1.0).dimensions(x -> x.name("InstanceId")
                            .value("i-0fffffffffffffff0"))));

            List<MetricKey> metrics = MonitoringRecipes.using(aws).instanceMetrics(INSTANCE);

            assertThat(metrics).extracting(MetricKey::metricName).containsExactly("DiskUsage", "MemoryUsed");
            assertThat(metrics).allSatisfy(m -> assertThat(m.dimensions()).containsEntry("InstanceId", INSTANCE));
        }
    }

    @Ec2ServerTest
    void statistics_severalStatisticsAndAUnit_comeBackSortedByTime(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            CloudWatchClient cw = aws.client(MonitoringServices.CLOUDWATCH);
            Instant base = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(30, ChronoUnit.MINUTES);
            // Written newest first, so sorted output cannot come from the order of writing.
            for (int minute = 9; minute >= 0; minute--) {
                put(
                        cw,
                        "Paws/Host",
                        "Cpu",
                        minute,
                        base.plus(minute, ChronoUnit.MINUTES).plusSeconds(10));
                put(
                        cw,
                        "Paws/Host",
                        "Cpu",
                        minute + 10,
                        base.plus(minute, ChronoUnit.MINUTES).plusSeconds(20));
            }
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);

            List<MetricDatapoint> points = monitoring.statistics(q -> q.namespace("Paws/Host")
                    .metricName("Cpu")
                    .instanceId(INSTANCE)
                    .start(base)
                    .end(base.plus(10, ChronoUnit.MINUTES))
                    .statistics(Statistic.MINIMUM, Statistic.MAXIMUM, Statistic.SAMPLE_COUNT)
                    .unit(StandardUnit.PERCENT)
                    .periodSeconds(60));

            assertThat(points).hasSize(10).isSortedAccordingTo(Comparator.comparing(MetricDatapoint::timestamp));
            for (int minute = 0; minute < 10; minute++) {
                MetricDatapoint p = points.get(minute);
                assertThat(p.value(Statistic.MINIMUM)).contains((double) minute);
                assertThat(p.value(Statistic.MAXIMUM)).contains(minute + 10.0);
                assertThat(p.value(Statistic.SAMPLE_COUNT)).contains(2.0);
                assertThat(p.unit()).isEqualTo(StandardUnit.PERCENT);
            }
            List<MetricDatapoint> inBytes = monitoring.statistics(q -> q.namespace("Paws/Host")
                    .metricName("Cpu")
                    .instanceId(INSTANCE)
                    .start(base)
                    .end(base.plus(10, ChronoUnit.MINUTES))
                    .unit(StandardUnit.BYTES)
                    .periodSeconds(60));
            assertThat(inBytes).isEmpty();
        }
    }
}
