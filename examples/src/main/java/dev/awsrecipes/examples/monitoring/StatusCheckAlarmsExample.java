package dev.awsrecipes.examples.monitoring;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.monitoring.MonitoringRecipes;

/**
 * M9: recover the instance when AWS's side fails, reboot it when its own side fails.
 * Usage: {@code StatusCheckAlarmsExample INSTANCE_ID}.
 */
public final class StatusCheckAlarmsExample {
    private StatusCheckAlarmsExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 1, "StatusCheckAlarmsExample INSTANCE_ID");
        try (Aws aws = Aws.create()) {
            MonitoringRecipes.using(aws)
                    .createStatusCheckAlarms(args[0])
                    .forEach(a -> System.out.println(a.name() + " -> " + a.alarmActions()));
        }
    }
}
