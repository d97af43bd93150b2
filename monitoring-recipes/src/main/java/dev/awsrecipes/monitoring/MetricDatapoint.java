package dev.awsrecipes.monitoring;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * M2: the statistics of one period.
 *
 * @param timestamp the start of the period
 * @param values each statistic asked for and its value
 * @param unit the unit CloudWatch reports for the values
 */
public record MetricDatapoint(Instant timestamp, Map<Statistic, Double> values, StandardUnit unit) {
    /** Copies the values, so the datapoint never changes. */
    public MetricDatapoint {
        values = Map.copyOf(values);
    }

    /** The value of one statistic, when it was asked for. */
    public Optional<Double> value(Statistic statistic) {
        return Optional.ofNullable(values.get(statistic));
    }
}
