package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;

/** Each public spec rejects bad input when it is built, without a recipe or a session. */
class SpecsCheckThemselvesTest {

    @Test
    void alarmSpec_withoutName_isRejected() {
        assertThatThrownBy(() -> AlarmSpec.builder().build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("alarmName is required and must not be blank");
    }

    @Test
    void alarmSpec_unknownStatistic_isRejectedWhenBuilt() {
        AlarmSpec.Builder builder = AlarmSpec.builder()
                .alarmName("a")
                .metricName("m")
                .comparison(">")
                .statistic("p99");

        assertThatThrownBy(builder::build)
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("statistic \"p99\" is not one of SampleCount, Average, Sum, Minimum, Maximum");
    }

    @Test
    void easyAlarmSpec_withoutInstance_isRejected() {
        assertThatThrownBy(() -> EasyAlarmSpec.builder().build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("instanceId is required and must not be blank");
    }

    @Test
    void statusCheckAlarmSpec_withoutInstance_isRejected() {
        assertThatThrownBy(() -> StatusCheckAlarmSpec.builder().build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("instanceId is required and must not be blank");
    }

    @Test
    void statisticsQuery_withoutMetric_isRejected() {
        assertThatThrownBy(() -> StatisticsQuery.builder().build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("metricName is required and must not be blank");
    }

    @Test
    void statisticsQuery_badInstanceId_isRejectedWhenBuilt() {
        StatisticsQuery.Builder builder = StatisticsQuery.builder()
                .metricName("CPUUtilization")
                .instanceId("web-1")
                .start(Instant.parse("2026-01-01T00:00:00Z"))
                .end(Instant.parse("2026-01-01T01:00:00Z"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("instanceId \"web-1\" is not an instance id like i-0123456789abcdef0");
    }

    @Test
    void diskUsageSpec_badInstanceId_isRejected() {
        assertThatThrownBy(() -> DiskUsageSpec.builder()
                        .path(Path.of("/"))
                        .instanceId("not-an-instance")
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("instanceId \"not-an-instance\" is not an instance id like i-0123456789abcdef0");
    }

    @Test
    void restrictedUserSpec_withoutUserName_isRejected() {
        assertThatThrownBy(() -> RestrictedUserSpec.builder().build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("userName is required and must not be blank");
    }

    @Test
    void metricId_namespaceWithASpace_isRejected() {
        assertThatThrownBy(() -> new MetricId("AWS EC2", "CPUUtilization", Map.of()))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("namespace \"AWS EC2\" is not a namespace: use 1 to 255 letters, digits or . - _ / # :");
    }

    @Test
    void metricDatum_notANumber_isRejected() {
        assertThatThrownBy(
                        () -> new MetricDatum("m", Double.NaN, StandardUnit.COUNT, Optional.empty(), Map.of(), false))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("value is NaN; it must be a finite number");
    }
}
