package dev.awsrecipes.examples.monitoring;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.monitoring.Alarm;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

/**
 * M4: an alarm on an instance's CPU that notifies a topic, fired once on purpose, and its history.
 * Usage: {@code AlarmExample INSTANCE_ID TOPIC_ARN}.
 */
public final class AlarmExample {
    private AlarmExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 2, "AlarmExample INSTANCE_ID TOPIC_ARN");
        try (Aws aws = Aws.create()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            Alarm alarm = monitoring.createAlarm(a -> a.alarmName("cpu-high-" + args[0])
                    .instanceId(args[0])
                    .metricName("CPUUtilization")
                    .statistic("Average")
                    .comparison(">")
                    .threshold(80)
                    .periodSeconds(300)
                    .evaluationPeriods(2)
                    .alarmAction(args[1])
                    .okAction(args[1]));
            System.out.println(alarm);
            monitoring.setAlarmState(alarm.name(), StateValue.ALARM, "testing the notification");
            monitoring.alarmHistory(alarm.name()).forEach(h -> System.out.println(h.timestamp() + " " + h.summary()));
        }
    }
}
