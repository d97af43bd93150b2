package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/** M5: written with the recipe, read back straight through the SDK. */
class CustomMetricsIT {

    /**
     * LocalStack stores about 40 values a second, so the batching is shown on the 1 MB limit (30
     * long dimensions per value) rather than on the 1000-values limit, which the unit test covers.
     */
    @Ec2ServerTest
    void putMetricData_valuesOverOneMegabyte_takeTwoCallsAndEveryValueReadsBack(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            Instant base = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(30, ChronoUnit.MINUTES);
            Map<String, String> dimensions = new LinkedHashMap<>();
            for (int d = 0; d < 30; d++) {
                dimensions.put("Dimension" + d, "v".repeat(250));
            }
            List<MetricDatum> data = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                data.add(MetricDatum.builder()
                        .metricName("FooCount")
                        .value(i)
                        .unit(StandardUnit.COUNT)
                        .timestamp(base.plusSeconds(30L * i))
                        .dimensions(dimensions)
                        .build());
            }

            PutMetricDataResult result = MonitoringRecipes.using(aws).putMetricData("Paws/Custom", data);

            assertThat(result).isEqualTo(new PutMetricDataResult("Paws/Custom", 40, 2));
            List<Datapoint> points = aws.client(MonitoringServices.CLOUDWATCH)
                    .getMetricStatistics(r -> r.namespace("Paws/Custom")
                            .metricName("FooCount")
                            .dimensions(dimensions.entrySet().stream()
                                    .map(e -> Dimension.builder()
                                            .name(e.getKey())
                                            .value(e.getValue())
                                            .build())
                                    .toList())
                            .startTime(base)
                            .endTime(base.plus(30, ChronoUnit.MINUTES))
                            .period(60)
                            .statistics(Statistic.SAMPLE_COUNT, Statistic.SUM, Statistic.MAXIMUM))
                    .datapoints();
            assertThat(points.stream().mapToDouble(Datapoint::sampleCount).sum())
                    .isEqualTo(40.0);
            assertThat(points.stream().mapToDouble(Datapoint::sum).sum()).isEqualTo(780.0);
            assertThat(points).allSatisfy(p -> assertThat(p.unit()).isEqualTo(StandardUnit.COUNT));
            // Two values per minute over 20 minutes.
            assertThat(points).hasSize(20).allSatisfy(p -> assertThat(p.sampleCount())
                    .isEqualTo(2.0));
        }
    }

    @Ec2ServerTest
    void putMetricData_dimensionsKeepSeriesApart(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
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
