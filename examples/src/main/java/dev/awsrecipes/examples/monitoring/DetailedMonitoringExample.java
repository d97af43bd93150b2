package dev.awsrecipes.examples.monitoring;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.monitoring.InstanceMonitoring;
import dev.awsrecipes.monitoring.MonitoringRecipes;

/** M1: turns detailed monitoring on (or off). Usage: {@code DetailedMonitoringExample INSTANCE_ID [off]}. */
public final class DetailedMonitoringExample {
    private DetailedMonitoringExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 1, "DetailedMonitoringExample INSTANCE_ID [off]");
        try (Aws aws = Aws.create()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            InstanceMonitoring result = args.length > 1 && args[1].equals("off")
                    ? monitoring.disableDetailedMonitoring(args[0])
                    : monitoring.enableDetailedMonitoring(args[0]);
            System.out.println(result);
        }
    }
}
