package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.internal.MonitoringServices;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/** M5: written with the recipe, read back straight through the SDK. */
@ExtendWith(LocalStackExtension.class)
class CustomMetricsIT {

    @Test
    void putMetricData_1500Values_takesTwoCallsAndEveryValueReadsBack(LocalStack localStack) {
        try (Aws aws = localStack.sessionForAccount(LocalStack.newAccountId())) {
            Instant base = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(30, ChronoUnit.MINUTES);
            List<MetricDatum> data = new ArrayList<>();
            for (int i = 0; i < 1500; i++) {
                data.add(MetricDatum.builder()
                        .metricName("FooCount")
                        .value(i % 100)
                        .unit(StandardUnit.COUNT)
                        .timestamp(base.plusSeconds(i))
                        .dimension("Service", "checkout")
                        .build());
            }

            PutMetricDataResult result = MonitoringRecipes.using(aws).putMetricData("Paws/Custom", data);

            assertThat(result).isEqualTo(new PutMetricDataResult("Paws/Custom", 1500, 2));
            List<Datapoint> points = aws.client(MonitoringServices.CLOUDWATCH)
                    .getMetricStatistics(r -> r.namespace("Paws/Custom")
                            .metricName("FooCount")
                            .dimensions(d -> d.name("Service").value("checkout"))
                            .startTime(base)
                            .endTime(base.plus(30, ChronoUnit.MINUTES))
                            .period(60)
                            .statistics(Statistic.SAMPLE_COUNT, Statistic.SUM, Statistic.MAXIMUM))
                    .datapoints();
            assertThat(points.stream().mapToDouble(Datapoint::sampleCount).sum())
                    .isEqualTo(1500.0);
            assertThat(points.stream().mapToDouble(Datapoint::sum).sum()).isEqualTo(15 * 4950.0);
            assertThat(points).allSatisfy(p -> {
                assertThat(p.unit()).isEqualTo(StandardUnit.COUNT);
                assertThat(p.maximum()).isLessThanOrEqualTo(99.0);
            });
            // 1500 seconds from a whole minute: 25 one-minute periods.
            assertThat(points).hasSize(25);
        }
    }

    @Test
    void putMetricData_dimensionsKeepSeriesApart(LocalStack localStack) {
        try (Aws aws = localStack.sessionForAccount(LocalStack.newAccountId())) {
            Instant at = Instant.now().minus(5, ChronoUnit.MINUTES);
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);

            monitoring.putMetricData(
                    "Paws/Custom",
                    List.of(
                            MetricDatum.builder()
                                    .metricName("Latency")
                                    .value(12.5)
                                    .unit(StandardUnit.MILLISECONDS)
                                    .timestamp(at)
                                    .dimension("Api", "search")
                                    .build(),
                            MetricDatum.builder()
                                    .metricName("Latency")
                                    .value(80)
                                    .unit(StandardUnit.MILLISECONDS)
                                    .timestamp(at)
                                    .dimension("Api", "checkout")
                                    .build()));

            List<MetricDatapoint> search = monitoring.statistics(q -> q.namespace("Paws/Custom")
                    .metricName("Latency")
                    .dimension("Api", "search")
                    .start(at.minus(5, ChronoUnit.MINUTES))
                    .end(at.plus(5, ChronoUnit.MINUTES))
                    .statistics(Statistic.AVERAGE)
                    .periodSeconds(600));
            assertThat(search).isNotEmpty().allSatisfy(p -> {
                assertThat(p.value(Statistic.AVERAGE)).contains(12.5);
                assertThat(p.unit()).isEqualTo(StandardUnit.MILLISECONDS);
            });
            assertThat(aws.client(MonitoringServices.CLOUDWATCH)
                            .listMetrics(r -> r.namespace("Paws/Custom"))
                            .metrics())
                    .hasSize(2);
        }
    }
}
