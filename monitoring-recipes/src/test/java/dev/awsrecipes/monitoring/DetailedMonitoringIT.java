package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import software.amazon.awssdk.services.ec2.model.MonitoringState;

/**
 * M1. Neither LocalStack 4.14's EC2 nor moto 5.2's implements MonitorInstances / UnmonitorInstances, so
 * these tests cover what they can show: the state read through DescribeInstances, and that an instance
 * already in the asked-for state is left alone (no call that they would fail).
 */
class DetailedMonitoringIT {

    @Ec2ServerTest
    void enableDetailedMonitoring_alreadyEnabled_reportsNoChange(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
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
    }

    @Ec2ServerTest
    void disableDetailedMonitoring_alreadyDisabled_reportsNoChange(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
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
    }

    @Ec2ServerTest
    void enableDetailedMonitoring_unknownInstance_namesTheInstance(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            assertThatThrownBy(() -> MonitoringRecipes.using(aws).enableDetailedMonitoring("i-0123456789abcdef0"))
                    .isInstanceOf(UnknownInstanceException.class)
                    .hasMessageStartingWith("instanceId i-0123456789abcdef0 does not exist in ");
        }
    }
}
