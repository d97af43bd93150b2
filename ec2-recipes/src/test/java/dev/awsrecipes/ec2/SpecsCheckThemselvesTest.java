package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/** Each public spec rejects bad input when it is built, without a recipe or a session. */
class SpecsCheckThemselvesTest {

    @Test
    void volumeSpec_withoutDevice_isRejected() {
        assertThatThrownBy(() ->
                        VolumeSpec.builder().instanceId("i-0abc").sizeGiB(8).build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("device");
    }

    @Test
    void snapshotSpec_withoutInstance_isRejected() {
        assertThatThrownBy(() -> SnapshotSpec.builder().build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("instanceId");
    }

    @Test
    void cloneSpec_withoutSource_isRejected() {
        assertThatThrownBy(() -> CloneSpec.builder().build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("sourceInstanceId");
    }

    @Test
    void lifecycleSpec_forceOnStart_isRejected() {
        assertThatThrownBy(() -> LifecycleSpec.builder()
                        .action(LifecycleAction.START)
                        .instanceIds("i-0123456789abcdef0")
                        .force(true)
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("force");
    }

    @Test
    void launchSpec_withoutAmi_isRejected() {
        assertThatThrownBy(() -> LaunchSpec.builder().build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("ami");
    }

    @Test
    void openPortSpec_withoutGroups_isRejected() {
        assertThatThrownBy(() -> OpenPortSpec.builder().build()).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void sshSpec_withoutKeyFile_isRejected() {
        assertThatThrownBy(() -> SshSpec.builder().instanceId("i-0abc").build())
                .isInstanceOf(InvalidArgumentException.class);
    }
}
