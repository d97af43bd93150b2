package dev.awsrecipes.examples.monitoring;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * M2: lists an instance's metrics, then the last three hours of one of them in 5-minute periods.
 * Usage: {@code MetricsExample INSTANCE_ID [METRIC, default CPUUtilization]}.
 */
public final class MetricsExample {
    private MetricsExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 1, "MetricsExample INSTANCE_ID [METRIC]");
        String metric = args.length > 1 ? args[1] : "CPUUtilization";
        try (Aws aws = Aws.create()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            monitoring.instanceMetrics(args[0]).forEach(System.out::println);
            Instant now = Instant.now();
            monitoring
                    .statistics(q -> q.instanceId(args[0])
                            .metricName(metric)
                            .start(now.minus(Duration.ofHours(3)))
                            .end(now)
                            .statistics(Statistic.AVERAGE, Statistic.MAXIMUM)
                            .periodSeconds(300))
                    .forEach(p -> System.out.println(p.timestamp() + " " + p.values() + " " + p.unit()));
        }
    }
}
