package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.monitoring.Alarm;
import dev.awsrecipes.monitoring.MetricDatapoint;
import dev.awsrecipes.monitoring.Subscription;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the monitoring subcommands show their results as JSON, and the shared {@code NAME=VALUE} parsing. */
final class MonitoringViews {
    private MonitoringViews() {}

    static Map<String, Object> subscription(Subscription s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("protocol", s.protocol());
        json.put("endpoint", s.endpoint());
        json.put("subscriptionArn", s.subscriptionArn());
        json.put("pendingConfirmation", s.pendingConfirmation());
        json.put("created", s.created());
        return json;
    }

    static Map<String, Object> alarm(Alarm a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("alarmName", a.name());
        json.put("alarmArn", a.arn());
        json.put("namespace", a.namespace());
        json.put("metricName", a.metricName());
        json.put("dimensions", a.dimensions());
        json.put("statistic", String.valueOf(a.statistic()));
        json.put("comparison", String.valueOf(a.comparison()));
        json.put("threshold", a.threshold());
        json.put("period", a.periodSeconds());
        json.put("evaluationPeriods", a.evaluationPeriods());
        json.put("alarmActions", a.alarmActions());
        json.put("okActions", a.okActions());
        json.put("actionsEnabled", a.actionsEnabled());
        json.put("state", String.valueOf(a.state()));
        return json;
    }

    static Map<String, Object> datapoint(MetricDatapoint p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("timestamp", p.timestamp());
        Map<String, Double> values = new LinkedHashMap<>();
        p.values().forEach((k, v) -> values.put(k.toString(), v));
        json.put("values", values);
        json.put("unit", String.valueOf(p.unit()));
        return json;
    }

    /** {@code Name=Value} pairs from the command line, in order. */
    static Map<String, String> pairs(String option, List<String> pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        if (pairs != null) {
            for (String pair : pairs) {
                int eq = pair.indexOf('=');
                Check.that(eq > 0 && eq < pair.length() - 1, option, "\"" + pair + "\" is not NAME=VALUE");
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }
}
