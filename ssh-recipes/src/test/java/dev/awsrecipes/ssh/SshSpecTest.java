package dev.awsrecipes.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SshSpecTest {
    private static final Path KEY = Path.of("/keys/ops.pem");

    @Test
    void defaults_areSafe_noUnknownKeyAccepted() {
        SshSpec spec = SshSpec.builder().instanceId("i-0abc1234").keyFile(KEY).build();

        assertThat(spec.user()).isEqualTo("ec2-user");
        assertThat(spec.port()).isEqualTo(22);
        assertThat(spec.acceptUnknownHostKey()).isFalse();
        assertThat(spec.hostKeyWait()).isEqualTo(Duration.ofMinutes(3));
        assertThat(spec.knownHosts()).isEmpty();
        assertThat(spec.trustedHostKeys()).isEmpty();
        assertThat(spec.host()).isEmpty();
        assertThat(spec.toBuilder().build().instanceId()).contains("i-0abc1234");
    }

    @Test
    void build_neitherInstanceNorHost_namesTheRule() {
        assertThatThrownBy(() -> SshSpec.builder().keyFile(KEY).build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("instanceId is required unless a host is given");
        assertThat(SshSpec.builder().host("203.0.113.7").keyFile(KEY).build().instanceId())
                .isEmpty();
    }

    @Test
    void build_addressAndHostTogether_isRefused() {
        assertThatThrownBy(() -> SshSpec.builder()
                        .instanceId("i-0abc")
                        .keyFile(KEY)
                        .host("h")
                        .address(SshAddress.PRIVATE_IP)
                        .build())
                .hasMessage("address cannot be chosen when a host is given");
    }

    @Test
    void build_badValues_nameTheArgumentAndTheRule() {
        assertThatThrownBy(
                        () -> SshSpec.builder().instanceId("vol-1").keyFile(KEY).build())
                .hasMessage("instanceId \"vol-1\" is not an instance id like i-0abc1234");
        assertThatThrownBy(() -> valid().user("bad user").build())
                .hasMessageStartingWith("user \"bad user\" is not a login name");
        assertThatThrownBy(() -> valid().port(0).build()).hasMessage("port is 0; it must be between 1 and 65535");
        assertThatThrownBy(() -> SshSpec.builder().host("a b").keyFile(KEY).build())
                .hasMessageStartingWith("host \"a b\" is not a host name");
        assertThatThrownBy(() -> valid().hostKeyWait(Duration.ofSeconds(-1)).build())
                .hasMessage("hostKeyWait must not be negative");
        assertThatThrownBy(() -> valid().trustedHostKey("ssh-ed25519 notbase64").build())
                .hasMessageStartingWith("trustedHostKey \"ssh-ed25519 notbase64\" is neither an OpenSSH public key");
        assertThatThrownBy(() -> valid().trustedHostKey("SHA256:short").build())
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> valid().keyFile(null).build()).hasMessage("keyFile is required");
    }

    private static SshSpec.Builder valid() {
        return SshSpec.builder().instanceId("i-0abc1234").keyFile(KEY);
    }

    @Test
    void trustedHostKey_keyOrFingerprintForms_areAccepted() {
        SshSpec spec = SshSpec.builder()
                .host("h")
                .keyFile(KEY)
                .trustedHostKey("SHA256:ADYj822+or/yk73cv/3vaPs0HkiVvULXkwv+0D++TQM")
                .trustedHostKey("25:30:dd:2d:99:4e:6f:02:ea:9d:e8:67:56:21:02:dc")
                .trustedHostKey(SshHostKeysTest.keyOf("ssh_host_ed25519_key.pub") + " root@host")
                .build();

        assertThat(spec.trustedHostKeys()).hasSize(3);
    }

    @Test
    void sshSpec_withoutKeyFile_isRejected() {
        assertThatThrownBy(() -> SshSpec.builder().instanceId("i-0abc").build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("keyFile is required");
    }

    @Test
    void sshSpec_negativeCaptureLimit_isRejectedWhenBuilt() {
        SshSpec.Builder builder =
                SshSpec.builder().instanceId("i-0abc").keyFile(Path.of("k.pem")).captureLimit(-1);

        assertThatThrownBy(builder::build)
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("captureLimit is -1; it must be between 0 and");
    }
}
