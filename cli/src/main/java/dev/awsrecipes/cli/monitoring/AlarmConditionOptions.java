package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.monitoring.AlarmSpec;
import picocli.CommandLine.Option;

/**
 * {@code --metric NAME --comparison OP --threshold X}: when an alarm fires, declared once for create-alarm and
 * easy-alarm, and handed to either spec's builder through the setters the two specs share.
 */
public final class AlarmConditionOptions {
    @Option(names = "--metric", required = true, paramLabel = "NAME", description = "e.g. CPUUtilization.")
    String metric;

    @Option(names = "--comparison", required = true, paramLabel = "OP", description = "'>', '>=', '<' or '<='.")
    String comparison;

    @Option(names = "--threshold", required = true, paramLabel = "X")
    double threshold;

    /** Sets the metric's name, the comparison and the threshold; the spec checks them when built. */
    <B extends AlarmSpec.Setters<B>> B applyTo(B alarm) {
        return alarm.metricName(metric).comparison(comparison).threshold(threshold);
    }
}
