package dev.awsrecipes.monitoring.internal;

import dev.awsrecipes.monitoring.Alarm;
import dev.awsrecipes.monitoring.AlarmSpec;
import dev.awsrecipes.monitoring.Comparison;
import dev.awsrecipes.monitoring.StatusCheckAlarmSpec;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/** M9: alarms on failed status checks that recover or reboot the instance. */
record StatusCheckAlarms(Region region, Instances instances, Alarms alarms) {

    Alarm create(StatusCheckAlarmSpec spec) {
        instances.require(spec.instanceId());
        // The automate ARN must name the instance's own region: the session's region is where it was found.
        String actionArn = spec.action().arn(region);
        AlarmSpec.Builder alarm = AlarmSpec.builder()
                .alarmName(spec.alarmName())
                .description(spec.check().metricName() + " on " + spec.instanceId() + " -> "
                        + spec.action().name().toLowerCase(java.util.Locale.ROOT))
                .metric(spec.metric())
                .statistic(Statistic.MAXIMUM)
                .comparison(Comparison.GREATER_THAN)
                .threshold(0)
                .periodSeconds(spec.periodSeconds())
                .evaluationPeriods(spec.evaluationPeriods())
                .alarmAction(actionArn);
        spec.notifyArns().forEach(alarm::alarmAction);
        return alarms.create(alarm.build());
    }
}
