package dev.awsrecipes.monitoring;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * M4: a metric alarm as CloudWatch describes it.
 *
 * @param name the alarm's name
 * @param arn its ARN
 * @param namespace the metric's namespace
 * @param metricName the metric
 * @param dimensions the metric's dimensions
 * @param statistic the statistic compared
 * @param comparison how it is compared
 * @param threshold with what
 * @param periodSeconds over periods of this length
 * @param evaluationPeriods for this many periods in a row
 * @param alarmActions ARNs run on the change to ALARM
 * @param okActions ARNs run on the change to OK
 * @param actionsEnabled whether actions run at all (M8)
 * @param state the alarm's state now
 */
public record Alarm(
        String name,
        String arn,
        String namespace,
        String metricName,
        Map<String, String> dimensions,
        Statistic statistic,
        ComparisonOperator comparison,
        double threshold,
        int periodSeconds,
        int evaluationPeriods,
        List<String> alarmActions,
        List<String> okActions,
        boolean actionsEnabled,
        StateValue state) {
    /** Copies the dimensions and actions, so the result never changes. */
    public Alarm {
        dimensions = Map.copyOf(dimensions);
        alarmActions = List.copyOf(alarmActions);
        okActions = List.copyOf(okActions);
    }
}
