package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSpecTest {

    @Test
    void build_onlyAmiGiven_hasADefaultForEverythingElse() {
        LaunchSpec spec = LaunchSpec.builder().ami("ami-1234abcd").build();

        assertThat(spec.instanceType()).isEqualTo("t3.micro");
        assertThat(spec.keyName()).isEqualTo("aws-recipes");
        assertThat(spec.keyType()).isEqualTo("rsa");
        assertThat(spec.keyFile()).isEqualTo(Path.of(System.getProperty("user.home"), ".ssh", "aws-recipes.pem"));
        assertThat(spec.groupName()).isEqualTo("aws-recipes-ssh");
        assertThat(spec.sshPort()).isEqualTo(22);
        assertThat(spec.cidr()).isEqualTo("0.0.0.0/0");
        assertThat(spec.tags()).containsExactly(Map.entry("Name", "aws-recipes"));
        assertThat(spec.userData()).isEmpty();
        assertThat(spec.waitTimeout()).isEmpty();
        assertThat(spec.clientToken()).matches("[0-9a-f-]{36}");
    }

    @Test
    void build_twice_givesEachLaunchItsOwnClientTokenButToBuilderKeepsIt() {
        LaunchSpec one = LaunchSpec.builder().ami("ami-1234abcd").build();

        assertThat(LaunchSpec.builder().ami("ami-1234abcd").build().clientToken())
                .isNotEqualTo(one.clientToken());
        assertThat(one.toBuilder().build().clientToken()).isEqualTo(one.clientToken());
    }

    @Test
    void build_withoutAmi_isRejected() {
        assertThatThrownBy(() -> LaunchSpec.builder().build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("ami is required and must not be blank");
    }

    @Test
    void build_badValues_areRejectedNamingTheArgument() {
        assertThatThrownBy(() -> LaunchSpec.builder().ami("image-1").build())
                .hasMessageStartingWith("ami \"image-1\" is not an image id");
        assertThatThrownBy(() -> withAmi().sshPort(0).build())
                .hasMessage("sshPort is 0; it must be between 1 and 65535");
        assertThatThrownBy(() -> withAmi().cidr("10.0.0.1").build())
                .hasMessage("cidr \"10.0.0.1\" has no prefix length; write 10.0.0.1/32");
        assertThatThrownBy(() -> withAmi().groupName("sg-123").build()).hasMessageStartingWith("groupName \"sg-123\"");
        assertThatThrownBy(() -> withAmi().keyName("a/b").build()).hasMessageStartingWith("keyName \"a/b\"");
        assertThatThrownBy(() -> withAmi().tag("aws:x", "y").build()).hasMessageContaining("aws:");
        assertThatThrownBy(() -> withAmi().clientToken("x".repeat(65)).build()).hasMessageStartingWith("clientToken");
        assertThatThrownBy(() -> withAmi().instanceType("huge").build())
                .hasMessageStartingWith("instanceType \"huge\"");
    }

    private static LaunchSpec.Builder withAmi() {
        return LaunchSpec.builder().ami("ami-1234abcd");
    }

    @Test
    void userData_over16KiBBeforeBase64_isRejectedNamingTheSize() {
        // EC2's limit is 16 KB of raw user data, before base64 (the same rule as UserData's).
        assertThatThrownBy(() -> withAmi().userData(new byte[16_385]).build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("16385 bytes")
                .hasMessageContaining("16384");
        assertThat(LaunchSpec.builder()
                        .ami("ami-1")
                        .userData(new byte[16_384])
                        .build()
                        .userData())
                .isPresent();
    }

    @Test
    void tags_replaceTheDefaultNameTag() {
        LaunchSpec spec =
                LaunchSpec.builder().ami("ami-1").tags(Map.of("env", "dev")).build();

        assertThat(spec.tags()).containsExactly(Map.entry("env", "dev"));
    }
}
