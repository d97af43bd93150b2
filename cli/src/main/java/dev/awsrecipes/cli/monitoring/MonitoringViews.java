package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.monitoring.Alarm;
import dev.awsrecipes.monitoring.MetricDatapoint;
import dev.awsrecipes.monitoring.Subscription;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the monitoring subcommands show their results as JSON (records whose components are the fields,
 * in order; enums as their AWS names).
 */
final class MonitoringViews {
    private MonitoringViews() {}

    /** A subscription, without its topic (the command names it). */
    record SubscriptionJson(
            String protocol, String endpoint, String subscriptionArn, boolean pendingConfirmation, boolean created) {
        SubscriptionJson(Subscription s) {
            this(s.protocol(), s.endpoint(), s.subscriptionArn(), s.pendingConfirmation(), s.created());
        }
    }

    /** An alarm as CloudWatch describes it. */
    record AlarmJson(
            String alarmName,
            String alarmArn,
            String namespace,
            String metricName,
            Map<String, String> dimensions,
            String statistic,
            String comparison,
            double threshold,
            int period,
            int evaluationPeriods,
            List<String> alarmActions,
            List<String> okActions,
            boolean actionsEnabled,
            String state) {
        AlarmJson(Alarm a) {
            this(
                    a.name(),
                    a.arn(),
                    a.namespace(),
                    a.metricName(),
                    a.dimensions(),
                    String.valueOf(a.statistic()),
                    String.valueOf(a.comparison()),
                    a.threshold(),
                    a.periodSeconds(),
                    a.evaluationPeriods(),
                    a.alarmActions(),
                    a.okActions(),
                    a.actionsEnabled(),
                    String.valueOf(a.state()));
        }
    }

    /** One datapoint: its values by statistic name. */
    record DatapointJson(Instant timestamp, Map<String, Double> values, String unit) {
        DatapointJson(MetricDatapoint p) {
            this(p.timestamp(), byName(p.values()), String.valueOf(p.unit()));
        }

        private static Map<String, Double> byName(Map<?, Double> values) {
            Map<String, Double> named = new LinkedHashMap<>();
            values.forEach((k, v) -> named.put(k.toString(), v));
            return named;
        }
    }
}
