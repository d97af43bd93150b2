package dev.awsrecipes.examples.monitoring;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import java.util.Arrays;
import java.util.List;

/** M8: silences alarms (during maintenance) and turns them back on. Usage: {@code AlarmActionsExample on|off ALARM...}. */
public final class AlarmActionsExample {
    private AlarmActionsExample() {}

    public static void main(String[] args) {
        Usage.require(
                args.length >= 2 && List.of("on", "off").contains(args[0]), "AlarmActionsExample on|off ALARM...");
        List<String> alarms = Arrays.asList(args).subList(1, args.length);
        try (Aws aws = Aws.create()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            (args[0].equals("on") ? monitoring.enableAlarmActions(alarms) : monitoring.disableAlarmActions(alarms))
                    .forEach(System.out::println);
        }
    }
}
