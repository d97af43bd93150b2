package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.core.InvalidArgumentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.profiles.ProfileFile;

/** Bad input is rejected before any call: these sessions point at a port nothing listens on. */
class SpecValidationTest {

    private static Aws unreachable() {
        return Aws.builder()
                .environment(Environment.of(Map.of()))
                .profileFile(ProfileFile.aggregator().build())
                .endpoint("http://127.0.0.1:9")
                .region("us-east-1")
                .credentials("AKIDEXAMPLE", "secret")
                .build();
    }

    @Test
    void createVolume_badDeviceOrSize_isRejectedNamingTheArgument() {
        try (Aws aws = unreachable()) {
            Ec2Recipes ec2 = Ec2Recipes.using(aws);
            assertThatThrownBy(() -> ec2.createVolume("i-0123456789abcdef0", 8, "sdf"))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("device \"sdf\" is not a device name");
            assertThatThrownBy(() -> ec2.createVolume("i-0123456789abcdef0", 0, "/dev/sdf"))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("sizeGiB is 0");
        }
    }

    @Test
    void deviceNames_commonFormsAreAccepted() {
        assertThat(List.of("/dev/sdf", "/dev/xvdg", "/dev/sdba", "xvdh", "/dev/sdf1"))
                .allSatisfy(d -> assertThat(VolumeSpec.checkDevice(d)).isEqualTo(d));
    }

    @Test
    void lifecycle_badInstanceIdsOrForceOnStart_areRejected() {
        try (Aws aws = unreachable()) {
            Ec2Recipes ec2 = Ec2Recipes.using(aws);
            assertThatThrownBy(() -> ec2.stopInstances(List.of("web-1"), false))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("\"web-1\", which is not an instance id");
            assertThatThrownBy(() -> ec2.startInstances(List.of(), true))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("instanceIds needs at least one value");
            assertThatThrownBy(() -> ec2.changeState(l -> l.action(LifecycleAction.START)
                            .instanceIds("i-01234567")
                            .force(true)))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("force");
        }
    }

    @Test
    void lifecycle_duplicateIds_areSentOnce() {
        LifecycleSpec spec = LifecycleSpec.builder()
                .action(LifecycleAction.STOP)
                .instanceIds("i-01234567", "i-89abcdef", "i-01234567")
                .build();

        assertThat(spec.instanceIds()).containsExactly("i-01234567", "i-89abcdef");
    }

    @Test
    void changeGroupState_terminateOrUnknownGroup_isRejected() {
        InstanceGroups groups = InstanceGroups.parse("web: [i-01234567]\n");
        try (Aws aws = unreachable()) {
            Ec2Recipes ec2 = Ec2Recipes.using(aws);
            assertThatThrownBy(() -> ec2.changeGroupState(groups, "web", LifecycleAction.TERMINATE, false))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("START or STOP");
            assertThatThrownBy(() -> ec2.changeGroupState(groups, "db", LifecycleAction.STOP, false))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("\"db\"");
        }
    }

    @Test
    void elasticIp_andRestoreAndClone_badIds_areRejected() {
        try (Aws aws = unreachable()) {
            Ec2Recipes ec2 = Ec2Recipes.using(aws);
            assertThatThrownBy(() -> ec2.releaseAddress("203.0.113.7"))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("allocationId");
            assertThatThrownBy(() -> ec2.restoreVolume(" "))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("volumeId");
            assertThatThrownBy(() -> ec2.cloneInstance((String) null))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("sourceInstanceId");
            assertThatThrownBy(() -> ec2.findAllRunning(List.of()))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("regions");
        }
    }
}
