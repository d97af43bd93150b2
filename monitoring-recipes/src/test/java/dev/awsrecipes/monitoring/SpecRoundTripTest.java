package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/** The specs that are records compare by value, so a spec rebuilt from its builder equals the original. */
class SpecRoundTripTest {

    @Test
    void alarmSpec_toBuilder_buildsAnEqualSpec_andADifferentValueMakesItUnequal() {
        AlarmSpec spec = AlarmSpec.builder()
                .alarmName("cpu-high")
                .description("cpu")
                .instanceId("i-0123456789abcdef0")
                .metricName("CPUUtilization")
                .statistic(Statistic.MAXIMUM)
                .comparison(">=")
                .threshold(80)
                .periodSeconds(60)
                .evaluationPeriods(3)
                .unit(StandardUnit.PERCENT)
                .alarmAction("arn:aws:sns:us-east-1:000000000000:ops")
                .okAction("arn:aws:sns:us-east-1:000000000000:ops")
                .actionsEnabled(false)
                .build();

        assertThat(spec.toBuilder().build()).isEqualTo(spec);
        assertThat(spec.toBuilder().threshold(81).build()).isNotEqualTo(spec);
    }

    @Test
    void easyAlarmSpec_toBuilder_keepsTheAlarmTheAddressesAndTheTopic() {
        EasyAlarmSpec spec = EasyAlarmSpec.builder()
                .instanceId("i-0123456789abcdef0")
                .alarmName("cpu-high")
                .email("ops@example.com")
                .metricName("CPUUtilization")
                .comparison("<")
                .threshold(5)
                .periodSeconds(120)
                .evaluationPeriods(4)
                .statistic("Minimum")
                .topicName("ops")
                .build();

        EasyAlarmSpec again = spec.toBuilder().build();

        assertThat(again.alarm()).isEqualTo(spec.alarm());
        assertThat(again.emails()).isEqualTo(spec.emails());
        assertThat(again.topicName()).isEqualTo("ops");
        assertThat(again.instanceId()).isEqualTo(spec.instanceId());
    }

    @Test
    void statisticsQuery_toBuilder_buildsAnEqualQuery() {
        StatisticsQuery query = StatisticsQuery.builder()
                .instanceId("i-0123456789abcdef0")
                .metricName("CPUUtilization")
                .start(Instant.parse("2026-01-01T00:00:00Z"))
                .end(Instant.parse("2026-01-01T03:00:00Z"))
                .statistics(Statistic.AVERAGE, Statistic.MAXIMUM)
                .unit(StandardUnit.PERCENT)
                .periodSeconds(60)
                .build();

        assertThat(query.toBuilder().build()).isEqualTo(query);
    }

    @Test
    void statusCheckAlarmSpec_holdsTheAlarmItCreates_withoutItsActions() {
        StatusCheckAlarmSpec spec = StatusCheckAlarmSpec.builder()
                .instanceId("i-0123456789abcdef0")
                .check(StatusCheck.SYSTEM)
                .action(Ec2AlarmAction.RECOVER)
                .notifyArn("arn:aws:sns:us-east-1:000000000000:ops")
                .build();

        AlarmSpec alarm = spec.alarm();
        assertThat(alarm.alarmName()).isEqualTo("i-0123456789abcdef0-system-check-recover");
        assertThat(alarm.metric()).isEqualTo(MetricId.ofInstance("i-0123456789abcdef0", "StatusCheckFailed_System"));
        assertThat(alarm.statistic()).isEqualTo(Statistic.MAXIMUM);
        assertThat(alarm.comparison()).isEqualTo(Comparison.GREATER_THAN);
        assertThat(alarm.threshold()).isZero();
        assertThat(alarm.periodSeconds()).isEqualTo(60);
        assertThat(alarm.evaluationPeriods()).isEqualTo(2);
        assertThat(alarm.alarmActions()).isEmpty();
        assertThat(spec.notifyArns()).containsExactly("arn:aws:sns:us-east-1:000000000000:ops");
    }
}
