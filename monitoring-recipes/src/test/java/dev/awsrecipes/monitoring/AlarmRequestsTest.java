package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.ec2.model.MonitoringState;

/**
 * What the alarm specs become on the wire: the PutMetricAlarm request the recipes send for an {@link
 * AlarmSpec} and a {@link StatusCheckAlarmSpec}, read from fake clients given to the builder, no server.
 */
class AlarmRequestsTest {
    private static final Region REGION = Region.EU_WEST_1;
    private static final String INSTANCE = "i-0abc12345def67890";
    private static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:ops";
    private static final String OK_TOPIC = "arn:aws:sns:eu-west-1:123456789012:ops-ok";

    private final FakeCloudWatch cloudWatch = new FakeCloudWatch(REGION);
    private final FakeEc2 ec2 = new FakeEc2(REGION, INSTANCE, MonitoringState.DISABLED);
    private final MonitoringRecipes monitoring = MonitoringRecipes.builder()
            .cloudWatchClient(cloudWatch)
            .ec2Client(ec2)
            .build();

    @Test
    void instanceAlarm_sendsTheMetricTheComparisonThePeriodsAndTheTopic() {
        Alarm alarm = monitoring.createAlarm(a -> a.alarmName("cpu-high")
                .instanceId(INSTANCE)
                .metricName("CPUUtilization")
                .statistic("average")
                .comparison(">")
                .threshold(80)
                .periodSeconds(300)
                .evaluationPeriods(2)
                .alarmAction(TOPIC)
                .okAction(OK_TOPIC));

        PutMetricAlarmRequest put = cloudWatch.onlyPut();
        assertThat(put.alarmName()).isEqualTo("cpu-high");
        assertThat(put.namespace()).isEqualTo("AWS/EC2");
        assertThat(put.metricName()).isEqualTo("CPUUtilization");
        assertThat(put.dimensions())
                .containsExactly(
                        Dimension.builder().name("InstanceId").value(INSTANCE).build());
        assertThat(put.statistic()).isEqualTo(Statistic.AVERAGE);
        assertThat(put.comparisonOperator()).isEqualTo(ComparisonOperator.GREATER_THAN_THRESHOLD);
        assertThat(put.threshold()).isEqualTo(80.0);
        assertThat(put.period()).isEqualTo(300);
        assertThat(put.evaluationPeriods()).isEqualTo(2);
        assertThat(put.alarmActions()).containsExactly(TOPIC);
        assertThat(put.okActions()).containsExactly(OK_TOPIC);
        assertThat(put.actionsEnabled()).isTrue();
        // Nothing the caller did not ask for: no description, no unit.
        assertThat(put.alarmDescription()).isNull();
        assertThat(put.unit()).isNull();
        // The result is what CloudWatch describes afterwards, read with a second call.
        assertThat(cloudWatch.calls).containsExactly("PutMetricAlarm", "DescribeAlarms");
        assertThat(alarm.name()).isEqualTo("cpu-high");
        assertThat(alarm.dimensions()).isEqualTo(Map.of("InstanceId", INSTANCE));
        assertThat(alarm.alarmActions()).containsExactly(TOPIC);
        assertThat(alarm.okActions()).containsExactly(OK_TOPIC);
    }

    @Test
    void defaults_averageOver300sOncePeriod_andActionsEnabled() {
        monitoring.createAlarm(a -> a.alarmName("cpu")
                .instanceId(INSTANCE)
                .metricName("CPUUtilization")
                .comparison(">=")
                .threshold(1));

        PutMetricAlarmRequest put = cloudWatch.onlyPut();
        assertThat(put.statistic()).isEqualTo(Statistic.AVERAGE);
        assertThat(put.period()).isEqualTo(300);
        assertThat(put.evaluationPeriods()).isEqualTo(1);
        assertThat(put.actionsEnabled()).isTrue();
        assertThat(put.alarmActions()).isEmpty();
        assertThat(put.okActions()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        ">, GreaterThanThreshold",
        ">=, GreaterThanOrEqualToThreshold",
        "<, LessThanThreshold",
        "<=, LessThanOrEqualToThreshold",
        "lessThanThreshold, LessThanThreshold"
    })
    void comparison_asWrittenBecomesCloudWatchsOperator(String written, String operator) {
        monitoring.createAlarm(a -> a.alarmName("x")
                .instanceId(INSTANCE)
                .metricName("CPUUtilization")
                .comparison(written));

        assertThat(cloudWatch.onlyPut().comparisonOperatorAsString()).isEqualTo(operator);
    }

    @Test
    void customMetric_keepsNamespaceDimensionsInOrderUnitAndDescription() {
        monitoring.createAlarm(a -> a.alarmName("queue-deep")
                .metric(new MetricId(
                        "MyApp/Jobs", "QueueDepth", new java.util.LinkedHashMap<>(Map.of("Queue", "orders"))))
                .statistic(Statistic.MAXIMUM)
                .comparison("<=")
                .threshold(-1.5)
                .periodSeconds(10)
                .evaluationPeriods(3)
                .unit(StandardUnit.COUNT)
                .description("orders backlog")
                .actionsEnabled(false));

        PutMetricAlarmRequest put = cloudWatch.onlyPut();
        assertThat(put.namespace()).isEqualTo("MyApp/Jobs");
        assertThat(put.metricName()).isEqualTo("QueueDepth");
        assertThat(put.dimensions())
                .containsExactly(
                        Dimension.builder().name("Queue").value("orders").build());
        assertThat(put.statistic()).isEqualTo(Statistic.MAXIMUM);
        assertThat(put.comparisonOperator()).isEqualTo(ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD);
        assertThat(put.threshold()).isEqualTo(-1.5);
        assertThat(put.period()).isEqualTo(10);
        assertThat(put.evaluationPeriods()).isEqualTo(3);
        assertThat(put.unit()).isEqualTo(StandardUnit.COUNT);
        assertThat(put.alarmDescription()).isEqualTo("orders backlog");
        assertThat(put.actionsEnabled()).isFalse();
    }

    @Test
    void badComparison_isRejectedBeforeAnyCall() {
        assertThatThrownBy(() -> monitoring.createAlarm(a -> a.alarmName("x")
                        .instanceId(INSTANCE)
                        .metricName("CPUUtilization")
                        .comparison("=>")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("comparison \"=>\" is not one of >, >=, <, <=");

        assertThat(cloudWatch.calls).isEmpty();
    }

    @Test
    void statusCheckAlarm_recoverOnTheSystemCheck_inTheClientsRegion_plusTheTopic() {
        Alarm alarm = monitoring.createStatusCheckAlarm(s -> s.instanceId(INSTANCE)
                .check(StatusCheck.SYSTEM)
                .action(Ec2AlarmAction.RECOVER)
                .notifyArn(TOPIC));

        PutMetricAlarmRequest put = cloudWatch.onlyPut();
        assertThat(put.alarmName()).isEqualTo(INSTANCE + "-system-check-recover");
        assertThat(put.namespace()).isEqualTo("AWS/EC2");
        assertThat(put.metricName()).isEqualTo("StatusCheckFailed_System");
        assertThat(put.dimensions())
                .containsExactly(
                        Dimension.builder().name("InstanceId").value(INSTANCE).build());
        // A failed check reports 1: the alarm fires when the maximum is above 0, two minutes in a row.
        assertThat(put.statistic()).isEqualTo(Statistic.MAXIMUM);
        assertThat(put.comparisonOperator()).isEqualTo(ComparisonOperator.GREATER_THAN_THRESHOLD);
        assertThat(put.threshold()).isEqualTo(0.0);
        assertThat(put.period()).isEqualTo(60);
        assertThat(put.evaluationPeriods()).isEqualTo(2);
        assertThat(put.alarmActions()).containsExactly("arn:aws:automate:eu-west-1:ec2:recover", TOPIC);
        assertThat(put.okActions()).isEmpty();
        assertThat(put.alarmDescription()).isEqualTo("StatusCheckFailed_System on " + INSTANCE + " -> recover");
        assertThat(alarm.alarmActions()).containsExactly("arn:aws:automate:eu-west-1:ec2:recover", TOPIC);
    }

    @Test
    void statusCheckAlarms_recoverOnSystem_rebootOnInstance() {
        monitoring.createStatusCheckAlarms(INSTANCE);

        assertThat(cloudWatch.puts)
                .extracting(
                        PutMetricAlarmRequest::metricName, p -> p.alarmActions().get(0))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "StatusCheckFailed_System", "arn:aws:automate:eu-west-1:ec2:recover"),
                        org.assertj.core.groups.Tuple.tuple(
                                "StatusCheckFailed_Instance", "arn:aws:automate:eu-west-1:ec2:reboot"));
    }

    @Test
    void statusCheckAlarm_unknownInstance_putsNoAlarm() {
        assertThatThrownBy(() -> monitoring.createStatusCheckAlarm(s -> s.instanceId("i-0fff12345def67890")
                        .check(StatusCheck.INSTANCE)
                        .action(Ec2AlarmAction.REBOOT)))
                .isInstanceOf(UnknownInstanceException.class)
                .hasMessage("instanceId i-0fff12345def67890 does not exist in eu-west-1");

        assertThat(cloudWatch.calls).isEmpty();
    }
}
