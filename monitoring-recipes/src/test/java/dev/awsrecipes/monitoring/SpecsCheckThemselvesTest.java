package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each public spec rejects bad input when it is built, without a recipe or a session. */
class SpecsCheckThemselvesTest {

    @Test
    void alarmSpec_withoutName_isRejected() {
        assertThatThrownBy(() -> AlarmSpec.builder().build()).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void easyAlarmSpec_withoutInstance_isRejected() {
        assertThatThrownBy(() -> EasyAlarmSpec.builder().build()).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void statusCheckAlarmSpec_withoutInstance_isRejected() {
        assertThatThrownBy(() -> StatusCheckAlarmSpec.builder().build()).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void statisticsQuery_withoutMetric_isRejected() {
        assertThatThrownBy(() -> StatisticsQuery.builder().build()).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void diskUsageSpec_badInstanceId_isRejected() {
        assertThatThrownBy(() -> DiskUsageSpec.builder()
                        .path(Path.of("/"))
                        .instanceId("not-an-instance")
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("instanceId");
    }

    @Test
    void restrictedUserSpec_withoutUserName_isRejected() {
        assertThatThrownBy(() -> RestrictedUserSpec.builder().build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("userName");
    }
}
