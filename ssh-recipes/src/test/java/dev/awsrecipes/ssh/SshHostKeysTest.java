package dev.awsrecipes.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console texts under {@code console/} were written around host keys made with {@code ssh-keygen}
 * (the {@code .pub} files beside them); the fingerprints below are what {@code ssh-keygen -l} printed
 * for those keys, an oracle independent of the code under test.
 */
class SshHostKeysTest {
    static final String ECDSA_SHA256 = "SHA256:Mr4FLr5niqe2KZ8z0JEbiC3JGOgMbrL1wZOGZPX3s+8";
    static final String ED25519_SHA256 = "SHA256:ADYj822+or/yk73cv/3vaPs0HkiVvULXkwv+0D++TQM";
    static final String RSA_SHA256 = "SHA256:N8QHfywFYg5PyB9n/YlXZ/l6vzSKBm2JHBGiO3S+z2M";

    static String resource(String name) {
        try (InputStream in = SshHostKeysTest.class.getResourceAsStream("/console/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code type base64} of a .pub file, without its comment. */
    static String keyOf(String pubFile) {
        String[] words = resource(pubFile).strip().split(" ");
        return words[0] + " " + words[1];
    }

    @Test
    void fromConsoleOutput_amazonLinuxWithPrefixesNoiseAndCrLf_readsEveryFingerprintAndKey() {
        SshHostKeys keys = SshHostKeys.fromConsoleOutput(resource("amazon-linux-2023.txt"));

        assertThat(keys.fingerprints())
                .extracting(
                        SshHostKeys.Fingerprint::keyType,
                        SshHostKeys.Fingerprint::fingerprint,
                        SshHostKeys.Fingerprint::bits)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ECDSA", ECDSA_SHA256, 256),
                        org.assertj.core.groups.Tuple.tuple("ED25519", ED25519_SHA256, 256),
                        org.assertj.core.groups.Tuple.tuple("RSA", RSA_SHA256, 3072));
        assertThat(keys.fingerprints().get(0).comment()).isEqualTo("root@ip-172-31-22-7.ec2.internal");
        assertThat(keys.keys())
                .containsExactly(
                        keyOf("ssh_host_ecdsa_key.pub"),
                        keyOf("ssh_host_ed25519_key.pub"),
                        keyOf("ssh_host_rsa_key.pub"));
        assertThat(keys.isEmpty()).isFalse();
    }

    @Test
    void fromConsoleOutput_olderImageWithBareMd5UnderSyslogPrefix_readsTheMd5Fingerprints() {
        SshHostKeys keys = SshHostKeys.fromConsoleOutput(resource("ubuntu-1804-md5.txt"));

        assertThat(keys.fingerprints())
                .extracting(SshHostKeys.Fingerprint::fingerprint)
                .containsExactly(
                        "60:d8:b0:c8:f2:18:18:c0:f7:47:1f:39:b3:4e:f4:68",
                        "25:30:dd:2d:99:4e:6f:02:ea:9d:e8:67:56:21:02:dc",
                        "6e:e1:49:19:61:42:d3:a6:b8:04:8f:29:15:1a:0e:22");
        assertThat(keys.keys()).hasSize(3);
    }

    @Test
    void fromConsoleOutput_logCutShortInsideTheBlock_trustsNothingOfIt() {
        String text = resource("cut-short.txt");
        assertThat(text).contains(SshHostKeys.BEGIN_FINGERPRINTS).contains(ECDSA_SHA256);

        assertThat(SshHostKeys.fromConsoleOutput(text).isEmpty()).isTrue();
    }

    @Test
    void fromConsoleOutput_syntheticConsoleWithoutBlocks_isEmpty() {
        String localStackLike = "Linux version 5.10 ...\r\ncloud-init: ok\nip-10-0-0-1 login: ";

        SshHostKeys keys = SshHostKeys.fromConsoleOutput(localStackLike);

        assertThat(keys.isEmpty()).isTrue();
        assertThat(keys).isEqualTo(SshHostKeys.none());
    }

    @Test
    void fromConsoleOutput_blocksFromTwoBoots_theLastOnesCount() {
        String first = block("256 SHA256:" + "A".repeat(43) + " root@old (ED25519)");
        String second = block("256 " + ED25519_SHA256 + " root@new (ED25519)");

        SshHostKeys keys = SshHostKeys.fromConsoleOutput(first + "\nreboot: Restarting system\n" + second);

        assertThat(keys.fingerprints()).singleElement().satisfies(f -> assertThat(f.fingerprint())
                .isEqualTo(ED25519_SHA256));
    }

    @Test
    void fromConsoleOutput_keyWhoseBlobNamesAnotherType_isIgnored() {
        String rsaBlob = keyOf("ssh_host_rsa_key.pub").split(" ")[1];
        String text = String.join(
                "\n",
                SshHostKeys.BEGIN_KEYS,
                "ssh-ed25519 " + rsaBlob + " root@x",
                keyOf("ssh_host_ed25519_key.pub"),
                SshHostKeys.END_KEYS);

        assertThat(SshHostKeys.fromConsoleOutput(text).keys()).containsExactly(keyOf("ssh_host_ed25519_key.pub"));
    }

    private static String block(String... lines) {
        return "ec2: " + SshHostKeys.BEGIN_FINGERPRINTS + "\n"
                + String.join(
                        "\n", List.of(lines).stream().map(l -> "ec2: " + l).toList()) + "\n"
                + "ec2: " + SshHostKeys.END_FINGERPRINTS + "\n";
    }
}
