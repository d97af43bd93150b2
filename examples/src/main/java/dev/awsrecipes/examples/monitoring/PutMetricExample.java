package dev.awsrecipes.examples.monitoring;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.monitoring.MetricDatum;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * M5: a hundred values of a custom metric, one per 5 seconds in the past, in as few calls as the
 * API allows, then read back. Usage: {@code PutMetricExample NAMESPACE METRIC}.
 */
public final class PutMetricExample {
    private PutMetricExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 2, "PutMetricExample NAMESPACE METRIC");
        Instant start = Instant.now().minus(Duration.ofMinutes(10));
        List<MetricDatum> data = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            data.add(MetricDatum.builder()
                    .metricName(args[1])
                    .value(i)
                    .unit(StandardUnit.COUNT)
                    .timestamp(start.plusSeconds(5L * i))
                    .build());
        }
        try (Aws aws = Aws.create()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            System.out.println(monitoring.putMetricData(args[0], data));
            monitoring
                    .statistics(q -> q.namespace(args[0])
                            .metricName(args[1])
                            .start(start)
                            .end(Instant.now())
                            .statistics(Statistic.MAXIMUM, Statistic.AVERAGE)
                            .periodSeconds(60))
                    .forEach(p -> System.out.println(p.timestamp() + " " + p.values()));
        }
    }
}
