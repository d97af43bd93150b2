package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each public spec rejects bad input when it is built, without a recipe or a session. */
class SpecsCheckThemselvesTest {

    @Test
    void volumeSpec_withoutDevice_isRejected() {
        assertThatThrownBy(() ->
                        VolumeSpec.builder().instanceId("i-0abc").sizeGiB(8).build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("device is required and must not be blank");
    }

    @Test
    void snapshotSpec_withoutInstance_isRejected() {
        assertThatThrownBy(() -> SnapshotSpec.builder().build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("instanceId is required");
    }

    @Test
    void cloneSpec_withoutSource_isRejected() {
        assertThatThrownBy(() -> CloneSpec.builder().build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("sourceInstanceId is required");
    }

    @Test
    void lifecycleSpec_forceOnStart_isRejected() {
        assertThatThrownBy(() -> LifecycleSpec.builder()
                        .action(LifecycleAction.START)
                        .instanceIds("i-0123456789abcdef0")
                        .force(true)
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("force applies only to STOP, not START");
    }

    @Test
    void launchSpec_withoutAmi_isRejected() {
        assertThatThrownBy(() -> LaunchSpec.builder().build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("ami is required and must not be blank");
    }

    @Test
    void launchSpec_keyTypeDsa_isRejectedWhenBuilt() {
        LaunchSpec.Builder builder = LaunchSpec.builder().ami("ami-0abc1234").keyType("dsa");

        assertThatThrownBy(builder::build)
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("keyType must be rsa or ed25519");
    }

    @Test
    void openPortSpec_withoutGroups_isRejected() {
        assertThatThrownBy(() -> OpenPortSpec.builder().build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("groups needs at least one value");
    }

    @Test
    void openPortSpec_blankGroup_isRejectedWhenBuilt() {
        OpenPortSpec.Builder builder =
                OpenPortSpec.builder().groups("web", " ").ports(22).cidr("10.0.0.0/8");

        assertThatThrownBy(builder::build)
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("group is required and must not be blank");
    }

    @Test
    void snapshotSpec_builtDirectlyWithZeroWait_isRejected() {
        assertThatThrownBy(() -> new SnapshotSpec("i-0abc", true, Optional.of(Duration.ZERO), Optional.empty()))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("waitTimeout is PT0S; it must be positive");
    }

    @Test
    void specs_compareByValue() {
        assertThat(CloneSpec.builder().sourceInstanceId("i-0abc").build())
                .isEqualTo(CloneSpec.builder().sourceInstanceId("i-0abc").build())
                .isNotEqualTo(CloneSpec.builder().sourceInstanceId("i-0def").build());
    }

    @Test
    void portRange_endingBeforeItStarts_isRejected() {
        assertThatThrownBy(() -> new PortRange(90, 80))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("port range 90-80 ends before it starts");
    }

    @Test
    void instanceGroups_idThatIsNoInstance_isRejected() {
        assertThatThrownBy(() -> new InstanceGroups(Optional.empty(), Map.of("web", List.of("web-1")), List.of()))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("instanceIds contains \"web-1\", which is not an instance id like i-0123456789abcdef0");
    }

    @Test
    void userData_empty_isRejected() {
        assertThatThrownBy(() -> UserData.ofBytes(new byte[0], false))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("bytes must not be empty");
    }
}
