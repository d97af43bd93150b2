package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerKind;
import dev.awsrecipes.testing.Ec2ServerTest;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

class AlarmsIT {

    /** An alarm on a custom queue's depth, checked every minute; a test names it and sets the condition. */
    private static Consumer<AlarmSpec.Builder> queueDepth(String name, String comparison, double threshold) {
        return a -> a.alarmName(name)
                .namespace("Paws/Queue")
                .metricName("Depth")
                .comparison(comparison)
                .threshold(threshold)
                .periodSeconds(60);
    }

    private static MetricAlarm describe(Aws aws, String name) {
        return aws.client(MonitoringServices.CLOUDWATCH)
                .describeAlarms(r -> r.alarmNames(name))
                .metricAlarms()
                .get(0);
    }

    @Ec2ServerTest
    void createAlarm_fromSymbol_mapsTheComparisonAndKeepsAlarmAndOkActions(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            Topic topic = monitoring.createTopic("paws-alarms");

            Alarm alarm = monitoring.createAlarm(a -> a.alarmName("disk-low")
                    .namespace("Paws/System")
                    .metricName("DiskFree")
                    .dimension("Host", "web-1")
                    .statistic("minimum")
                    .comparison("<=")
                    .threshold(10)
                    .periodSeconds(120)
                    .evaluationPeriods(3)
                    .alarmAction(topic.arn())
                    .okAction(topic.arn()));

            MetricAlarm described = describe(aws, "disk-low");
            assertThat(described.comparisonOperator()).isEqualTo(ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD);
            assertThat(described.statistic()).isEqualTo(Statistic.MINIMUM);
            assertThat(described.period()).isEqualTo(120);
            assertThat(described.evaluationPeriods()).isEqualTo(3);
            assertThat(described.alarmActions()).containsExactly(topic.arn());
            assertThat(described.okActions()).containsExactly(topic.arn());
            assertThat(alarm.arn()).isEqualTo(described.alarmArn());

            monitoring.deleteAlarms(List.of("disk-low"));
            monitoring.deleteTopic(topic.arn());
            assertThat(monitoring.describeAlarm("disk-low")).isEmpty();
        }
    }

    @Ec2ServerTest
    void createAlarm_again_replacesTheAlarmInsteadOfAddingOne(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            AlarmSpec spec = AlarmSpec.builder()
                    .applyMutation(queueDepth("queue-deep", ">", 100))
                    .build();

            monitoring.createAlarm(spec);
            monitoring.createAlarm(spec.toBuilder().threshold(500).build());

            CloudWatchClient cw = aws.client(MonitoringServices.CLOUDWATCH);
            assertThat(cw.describeAlarms().metricAlarms()).singleElement().satisfies(a -> assertThat(a.threshold())
                    .isEqualTo(500.0));
            monitoring.deleteAlarms(List.of("queue-deep"));
        }
    }

    @Ec2ServerTest
    void setAlarmState_alarm_isSeenInDescribeAlarms(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            monitoring.createAlarm(queueDepth("test-me", ">=", 1));

            monitoring.setAlarmState("test-me", StateValue.ALARM, "checking the pager");

            assertThat(describe(aws, "test-me").stateValue()).isEqualTo(StateValue.ALARM);
            assertThat(describe(aws, "test-me").stateReason()).isEqualTo("checking the pager");
            monitoring.deleteAlarms(List.of("test-me"));
        }
    }

    @Ec2ServerTest(
            value = Ec2ServerKind.LOCALSTACK,
            because = "moto 5.2 does not implement DescribeAlarmHistory (it answers 500, NotImplementedError)")
    void setAlarmState_alarm_isSeenInTheAlarmHistory(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            monitoring.createAlarm(queueDepth("test-me", ">=", 1));

            monitoring.setAlarmState("test-me", StateValue.ALARM, "checking the pager");

            List<AlarmHistoryEntry> history = monitoring.alarmHistory("test-me");
            assertThat(history).anySatisfy(h -> assertThat(h.summary()).contains("to ALARM"));
            assertThat(history).isSortedAccordingTo(java.util.Comparator.comparing(AlarmHistoryEntry::timestamp));
            monitoring.deleteAlarms(List.of("test-me"));
        }
    }

    @Ec2ServerTest
    void disableAndEnableAlarmActions_areSeenInDescribeAlarms(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            for (String name : List.of("a1", "a2")) {
                monitoring.createAlarm(queueDepth(name, ">", 1));
            }

            List<AlarmActionsState> disabled = monitoring.disableAlarmActions(List.of("a1", "a2"));
            assertThat(disabled).extracting(AlarmActionsState::actionsEnabled).containsExactly(false, false);
            assertThat(describe(aws, "a1").actionsEnabled()).isFalse();
            assertThat(describe(aws, "a2").actionsEnabled()).isFalse();

            List<AlarmActionsState> enabled = monitoring.enableAlarmActions(List.of("a1"));
            assertThat(enabled).containsExactly(new AlarmActionsState("a1", true));
            assertThat(describe(aws, "a1").actionsEnabled()).isTrue();
            assertThat(describe(aws, "a2").actionsEnabled()).isFalse();
            monitoring.deleteAlarms(List.of("a1", "a2"));
        }
    }

    @Ec2ServerTest
    void disableAlarmActions_unknownAlarm_isRejectedAndChangesNothing(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            monitoring.createAlarm(queueDepth("real", ">", 1));

            assertThatThrownBy(() -> monitoring.disableAlarmActions(List.of("real", "typo")))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("[typo]");

            assertThat(describe(aws, "real").actionsEnabled()).isTrue();
            monitoring.deleteAlarms(List.of("real"));
        }
    }
}
