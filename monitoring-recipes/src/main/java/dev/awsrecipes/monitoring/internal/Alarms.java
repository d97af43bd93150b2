package dev.awsrecipes.monitoring.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.monitoring.Alarm;
import dev.awsrecipes.monitoring.AlarmActionsState;
import dev.awsrecipes.monitoring.AlarmHistoryEntry;
import dev.awsrecipes.monitoring.AlarmSpec;
import dev.awsrecipes.monitoring.MonitoringRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.AlarmType;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

/** M4 and M8: metric alarms, their state, history and actions. */
final class Alarms {
    private static final Logger LOG = LoggerFactory.getLogger(Alarms.class);

    private final Supplier<CloudWatchClient> cloudWatch;

    Alarms(Supplier<CloudWatchClient> cloudWatch) {
        this.cloudWatch = cloudWatch;
    }

    private CloudWatchClient cloudWatch() {
        return cloudWatch.get();
    }

    Alarm create(AlarmSpec spec) {
        Check.notNull(spec, "spec");
        PutMetricAlarmRequest.Builder r = PutMetricAlarmRequest.builder()
                .alarmName(spec.alarmName())
                .namespace(spec.namespace())
                .metricName(spec.metricName())
                .dimensions(MetricQueries.dimensions(spec.dimensions()))
                .statistic(spec.statistic())
                .comparisonOperator(spec.comparison().operator())
                .threshold(spec.threshold())
                .period(spec.periodSeconds())
                .evaluationPeriods(spec.evaluationPeriods())
                .alarmActions(spec.alarmActions())
                .okActions(spec.okActions())
                .actionsEnabled(spec.actionsEnabled());
        spec.description().ifPresent(r::alarmDescription);
        spec.unit().ifPresent(r::unit);
        // PutMetricAlarm replaces an alarm of the same name, so running this again is harmless.
        cloudWatch().putMetricAlarm(r.build());
        LOG.info("put alarm {}", spec);
        return describe(spec.alarmName())
                .orElseThrow(() -> new AwsRecipesException(
                        "alarm " + spec.alarmName() + " was created but DescribeAlarms does not show it"));
    }

    Optional<Alarm> describe(String alarmName) {
        MonitoringRules.name("alarmName", alarmName);
        return describeAll(List.of(alarmName)).stream().findFirst().map(Alarms::alarm);
    }

    private List<MetricAlarm> describeAll(Collection<String> names) {
        List<MetricAlarm> alarms = new ArrayList<>();
        // DescribeAlarms takes at most 100 names per call.
        List<String> all = List.copyOf(names);
        for (int i = 0; i < all.size(); i += 100) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + 100));
            cloudWatch()
                    .describeAlarmsPaginator(r -> r.alarmNames(batch).alarmTypes(AlarmType.METRIC_ALARM))
                    .metricAlarms()
                    .forEach(alarms::add);
        }
        return alarms;
    }

    static Alarm alarm(MetricAlarm a) {
        return new Alarm(
                a.alarmName(),
                a.alarmArn(),
                a.namespace(),
                a.metricName(),
                MetricQueries.dimensions(a.dimensions()),
                a.statistic(),
                a.comparisonOperator(),
                a.threshold() == null ? Double.NaN : a.threshold(),
                a.period() == null ? 0 : a.period(),
                a.evaluationPeriods() == null ? 0 : a.evaluationPeriods(),
                a.alarmActions(),
                a.okActions(),
                Boolean.TRUE.equals(a.actionsEnabled()),
                a.stateValue());
    }

    void setState(String alarmName, StateValue state, String reason) {
        MonitoringRules.name("alarmName", alarmName);
        Check.notNull(state, "state");
        Check.that(state != StateValue.UNKNOWN_TO_SDK_VERSION, "state", "must be OK, ALARM or INSUFFICIENT_DATA");
        Check.notBlank(reason, "reason");
        Check.that(reason.length() <= 1023, "reason", "is " + reason.length() + " characters long; at most 1023");
        try {
            cloudWatch()
                    .setAlarmState(r -> r.alarmName(alarmName).stateValue(state).stateReason(reason));
        } catch (CloudWatchException e) {
            if (AwsErrors.hasCode(e, "ResourceNotFound")) {
                throw new AwsRecipesException("alarm " + alarmName + " does not exist", e);
            }
            throw e;
        }
        LOG.info("set alarm {} to {}: {}", alarmName, state, reason);
    }

    List<AlarmHistoryEntry> history(String alarmName) {
        MonitoringRules.name("alarmName", alarmName);
        List<AlarmHistoryEntry> entries = new ArrayList<>();
        cloudWatch()
                .describeAlarmHistoryPaginator(r -> r.alarmName(alarmName))
                .alarmHistoryItems()
                .forEach(h -> entries.add(new AlarmHistoryEntry(
                        h.timestamp(), h.historyItemType(), h.historySummary(), h.historyData())));
        entries.sort(Comparator.comparing(AlarmHistoryEntry::timestamp));
        return List.copyOf(entries);
    }

    void delete(Collection<String> alarmNames) {
        Check.notEmpty(alarmNames, "alarmNames");
        List<String> all = List.copyOf(alarmNames);
        for (int i = 0; i < all.size(); i += 100) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + 100));
            cloudWatch().deleteAlarms(r -> r.alarmNames(batch));
        }
    }

    /** M8: every alarm must exist, so a typo is reported instead of silently doing nothing. */
    List<AlarmActionsState> setActionsEnabled(Collection<String> alarmNames, boolean enabled) {
        Check.notEmpty(alarmNames, "alarmNames");
        Set<String> names = new LinkedHashSet<>();
        alarmNames.forEach(n -> names.add(MonitoringRules.name("alarmNames", n)));
        Check.that(names.size() <= 100, "alarmNames", "has " + names.size() + " names; at most 100 per call");
        Map<String, MetricAlarm> before =
                describeAll(names).stream().collect(Collectors.toMap(MetricAlarm::alarmName, Function.identity()));
        List<String> missing =
                names.stream().filter(n -> !before.containsKey(n)).toList();
        Check.that(missing.isEmpty(), "alarmNames", "contains alarms that do not exist: " + missing);
        List<String> batch = List.copyOf(names);
        if (enabled) {
            cloudWatch().enableAlarmActions(r -> r.alarmNames(batch));
        } else {
            cloudWatch().disableAlarmActions(r -> r.alarmNames(batch));
        }
        LOG.info("{} actions of alarms {}", enabled ? "enabled" : "disabled", batch);
        Map<String, MetricAlarm> after =
                describeAll(names).stream().collect(Collectors.toMap(MetricAlarm::alarmName, Function.identity()));
        return batch.stream()
                .map(n -> new AlarmActionsState(
                        n, Boolean.TRUE.equals(after.get(n).actionsEnabled())))
                .toList();
    }
}
