package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

class EasyAlarmIT {

    @Ec2ServerTest
    void easyAlarm_runTwice_leavesOneTopicOneSubscriptionPerAddressAndOneAlarm(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            String instanceId = TestInstances.launch(aws, true);
            try {
                MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
                List<String> emails = List.of("ops@example.com", "oncall@example.com");

                EasyAlarmResult first = monitoring.createEasyAlarm(
                        cpuAbove80(instanceId, "cpu-high", 300).andThen(a -> a.emails(emails)));
                EasyAlarmResult second = monitoring.createEasyAlarm(
                        cpuAbove80(instanceId, "cpu-high", 300).andThen(a -> a.emails(emails)));

                assertThat(second.topicArn()).isEqualTo(first.topicArn());
                assertThat(first.subscriptions()).allMatch(Subscription::created);
                assertThat(second.subscriptions()).noneMatch(Subscription::created);

                var sns = aws.client(MonitoringServices.SNS);
                assertThat(sns.listTopics().topics()).hasSize(1);
                var subscriptions = sns.listSubscriptionsByTopic(r -> r.topicArn(first.topicArn()))
                        .subscriptions();
                assertThat(subscriptions)
                        .extracting(s -> s.protocol(), s -> s.endpoint())
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("email", "ops@example.com"),
                                org.assertj.core.groups.Tuple.tuple("email", "oncall@example.com"));

                List<MetricAlarm> alarms = aws.client(MonitoringServices.CLOUDWATCH)
                        .describeAlarms()
                        .metricAlarms();
                assertThat(alarms).hasSize(1);
                MetricAlarm alarm = alarms.get(0);
                assertThat(alarm.alarmName()).isEqualTo("cpu-high");
                assertThat(alarm.comparisonOperator()).isEqualTo(ComparisonOperator.GREATER_THAN_THRESHOLD);
                assertThat(alarm.threshold()).isEqualTo(80.0);
                assertThat(alarm.period()).isEqualTo(300);
                assertThat(alarm.evaluationPeriods()).isEqualTo(2);
                assertThat(alarm.statistic()).isEqualTo(Statistic.AVERAGE);
                assertThat(alarm.namespace()).isEqualTo("AWS/EC2");
                assertThat(alarm.dimensions()).singleElement().satisfies(d -> {
                    assertThat(d.name()).isEqualTo("InstanceId");
                    assertThat(d.value()).isEqualTo(instanceId);
                });
                assertThat(alarm.alarmActions()).containsExactly(first.topicArn());
                assertThat(alarm.okActions()).containsExactly(first.topicArn());
                assertThat(monitoring.monitoringState(instanceId).toString()).isIn("enabled", "pending");
                assertThat(second.monitoringNote()).startsWith("detailed monitoring not needed");
            } finally {
                TestInstances.terminate(aws, instanceId);
            }
        }
    }

    @Ec2ServerTest
    void easyAlarm_periodOf300s_leavesBasicMonitoringAlone_andSaysSo(Ec2Server server) {
        // MonitorInstances is implemented by neither LocalStack (501) nor moto (500): before the period decided, this
        // failed.
        try (Aws aws = server.newAccountSession()) {
            String instanceId = TestInstances.launch(aws, false);
            try {
                EasyAlarmResult result =
                        MonitoringRecipes.using(aws).createEasyAlarm(cpuAbove80(instanceId, "cpu-5m", 300));

                assertThat(result.monitoring().enabled()).isFalse();
                assertThat(result.monitoringNote())
                        .isEqualTo("detailed monitoring not needed: basic 5-minute monitoring serves a 300 s"
                                + " period (it is off)");
                assertThat(TestInstances.monitoringState(aws, instanceId).toString())
                        .isEqualTo("disabled");
                assertThat(aws.client(MonitoringServices.CLOUDWATCH)
                                .describeAlarms(r -> r.alarmNames("cpu-5m"))
                                .metricAlarms())
                        .singleElement()
                        .satisfies(a -> assertThat(a.period()).isEqualTo(300));
            } finally {
                TestInstances.terminate(aws, instanceId);
            }
        }
    }

    @Ec2ServerTest
    void easyAlarm_periodOf60s_needsDetailedMonitoring_andSaysSo(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            String instanceId = TestInstances.launch(aws, true);
            try {
                EasyAlarmResult result =
                        MonitoringRecipes.using(aws).createEasyAlarm(cpuAbove80(instanceId, "cpu-1m", 60));

                assertThat(result.monitoring().enabled()).isTrue();
                assertThat(result.monitoringNote())
                        .isEqualTo("detailed monitoring already on: a 60 s period needs 1-minute data");
            } finally {
                TestInstances.terminate(aws, instanceId);
            }
        }
    }

    @Ec2ServerTest
    void easyAlarm_unknownInstance_failsBeforeCreatingAnything(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);

            assertThatThrownBy(() -> monitoring.createEasyAlarm(cpuAbove80("i-0123456789abcdef0", "cpu-high", 300)))
                    .isInstanceOf(UnknownInstanceException.class)
                    .hasMessageContaining("i-0123456789abcdef0")
                    .hasMessageContaining("does not exist");

            assertNothingCreated(aws);
        }
    }

    @Ec2ServerTest
    void easyAlarm_badArguments_areRejectedBeforeAnyCall(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            String instanceId = TestInstances.launch(aws, true);
            try {
                MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
                assertThatThrownBy(() -> monitoring.createEasyAlarm(cpuAbove80(instanceId, "a", 61)))
                        .isInstanceOf(InvalidArgumentException.class)
                        .hasMessageContaining("period is 61");
                assertThatThrownBy(() -> monitoring.createEasyAlarm(
                                cpuAbove80(instanceId, "a", 60).andThen(a -> a.comparison("=>"))))
                        .isInstanceOf(InvalidArgumentException.class)
                        .hasMessageContaining("comparison \"=>\"");
                assertThatThrownBy(() -> monitoring.createEasyAlarm(
                                cpuAbove80(instanceId, "a", 60).andThen(a -> a.emails(List.of("ops.example.com")))))
                        .isInstanceOf(InvalidArgumentException.class)
                        .hasMessageContaining("ops.example.com");

                assertNothingCreated(aws);
            } finally {
                TestInstances.terminate(aws, instanceId);
            }
        }
    }

    /**
     * The alarm every test starts from: the instance's CPUUtilization Average above 80 for 2 periods of the given
     * length, mailed to ops@example.com; a test changes only what it is about.
     */
    private static Consumer<EasyAlarmSpec.Builder> cpuAbove80(String instanceId, String alarmName, int periodSeconds) {
        return a -> a.instanceId(instanceId)
                .alarmName(alarmName)
                .emails(List.of("ops@example.com"))
                .metricName("CPUUtilization")
                .comparison(">")
                .threshold(80)
                .periodSeconds(periodSeconds)
                .evaluationPeriods(2)
                .statistic(Statistic.AVERAGE);
    }

    private static void assertNothingCreated(Aws aws) {
        assertThat(aws.client(MonitoringServices.SNS).listTopics().topics()).isEmpty();
        assertThat(aws.client(MonitoringServices.CLOUDWATCH).describeAlarms().metricAlarms())
                .isEmpty();
    }
}
