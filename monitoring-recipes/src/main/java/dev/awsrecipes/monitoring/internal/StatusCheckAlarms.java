package dev.awsrecipes.monitoring.internal;

import dev.awsrecipes.monitoring.Alarm;
import dev.awsrecipes.monitoring.AlarmSpec;
import dev.awsrecipes.monitoring.StatusCheckAlarmSpec;
import software.amazon.awssdk.regions.Region;

/** M9: alarms on failed status checks that recover or reboot the instance. */
record StatusCheckAlarms(Region region, Instances instances, Alarms alarms) {

    Alarm create(StatusCheckAlarmSpec spec) {
        instances.require(spec.instanceId());
        // The automate ARN must name the instance's own region: the session's region is where it was found.
        AlarmSpec.Builder alarm =
                spec.alarm().toBuilder().alarmAction(spec.action().arn(region));
        spec.notifyArns().forEach(alarm::alarmAction);
        return alarms.create(alarm.build());
    }
}
