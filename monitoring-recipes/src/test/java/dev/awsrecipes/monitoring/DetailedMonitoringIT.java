package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.model.MonitoringState;

/**
 * M1. LocalStack's EC2 does not implement MonitorInstances / UnmonitorInstances, so these tests cover
 * what it can show: the state read through DescribeInstances, and that an instance already in the
 * asked-for state is left alone (no call that LocalStack would fail).
 */
@ExtendWith(LocalStackExtension.class)
class DetailedMonitoringIT {

    @Test
    void enableDetailedMonitoring_alreadyEnabled_reportsNoChange(Aws aws) {
        String instanceId = TestInstances.launch(aws, true);
        try {
            InstanceMonitoring result = MonitoringRecipes.using(aws).enableDetailedMonitoring(instanceId);

            assertThat(result.changed()).isFalse();
            assertThat(result.enabled()).isTrue();
            assertThat(TestInstances.monitoringState(aws, instanceId)).isEqualTo(MonitoringState.ENABLED);
        } finally {
            TestInstances.terminate(aws, instanceId);
        }
    }

    @Test
    void disableDetailedMonitoring_alreadyDisabled_reportsNoChange(Aws aws) {
        String instanceId = TestInstances.launch(aws, false);
        try {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);

            InstanceMonitoring result = monitoring.disableDetailedMonitoring(instanceId);

            assertThat(result.changed()).isFalse();
            assertThat(result.enabled()).isFalse();
            assertThat(monitoring.monitoringState(instanceId))
                    .isEqualTo(TestInstances.monitoringState(aws, instanceId));
        } finally {
            TestInstances.terminate(aws, instanceId);
        }
    }

    @Test
    void enableDetailedMonitoring_unknownInstance_namesTheInstance(Aws aws) {
        assertThatThrownBy(() -> MonitoringRecipes.using(aws).enableDetailedMonitoring("i-0123456789abcdef0"))
                .isInstanceOf(UnknownInstanceException.class)
                .hasMessageStartingWith("instanceId i-0123456789abcdef0 does not exist in ");
    }
}
