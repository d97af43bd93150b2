package dev.awsrecipes.examples.monitoring;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.monitoring.EasyAlarmResult;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import java.util.Arrays;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * M4 easyAlarm: e-mail when the instance's average CPU stays above 80% for two 5-minute periods.
 * Usage: {@code EasyAlarmExample INSTANCE_ID EMAIL...}.
 */
public final class EasyAlarmExample {
    private EasyAlarmExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 2, "EasyAlarmExample INSTANCE_ID EMAIL...");
        try (Aws aws = Aws.create()) {
            EasyAlarmResult result = MonitoringRecipes.using(aws).createEasyAlarm(a -> a.instanceId(args[0])
                    .alarmName("cpu-high-" + args[0])
                    .emails(Arrays.asList(args).subList(1, args.length))
                    .metricName("CPUUtilization")
                    .comparison(">")
                    .threshold(80)
                    .periodSeconds(300)
                    .evaluationPeriods(2)
                    .statistic(Statistic.AVERAGE));
            System.out.println("alarm " + result.alarmName() + " notifies " + result.topicArn());
            result.subscriptions().forEach(s -> System.out.println("  " + s.endpoint() + " " + s.subscriptionArn()));
        }
    }
}
