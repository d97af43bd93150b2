package dev.awsrecipes.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.ssh.HostKeyRejectedException;
import dev.awsrecipes.ssh.HostKeySource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownHostsFileTest {
    private static final String ED25519 =
            HostKeyTrustTest.resource("ssh_host_ed25519_key.pub").strip();

    @Test
    void trustFor_bracketedHostAndPortEntry_appliesOnThatPortOnly(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("known_hosts"), "[127.0.0.1]:2222 " + ED25519 + "\n");
        KnownHostsFile known = KnownHostsFile.load(Optional.of(file), dir);

        HostKeyTrust trust = known.trustFor("127.0.0.1", 2222).orElseThrow();
        assertThat(trust.decide("127.0.0.1:2222", HostKeyTrustTest.blob("ssh_host_ed25519_key.pub"))
                        .source())
                .isEqualTo(HostKeySource.KNOWN_HOSTS);
        assertThat(known.trustFor("127.0.0.1", 22)).isEmpty();
        assertThat(known.trustFor("127.0.0.2", 2222)).isEmpty();
    }

    @Test
    void trustFor_hashedEntryAndPlainListOfNames_bothMatch(@TempDir Path dir) throws Exception {
        String text = hashed("[10.0.0.5]:2200") + " " + ED25519 + "\n"
                + "web1,203.0.113.7 " + ED25519 + "\n"
                + "# a comment\n";
        KnownHostsFile known = KnownHostsFile.load(Optional.of(Files.writeString(dir.resolve("kh"), text)), dir);

        assertThat(known.trustFor("10.0.0.5", 2200)).isPresent();
        assertThat(known.trustFor("203.0.113.7", 22)).isPresent();
        assertThat(known.trustFor("10.0.0.5", 22)).isEmpty();
    }

    @Test
    void trustFor_entryWithAnotherKeyOfTheType_refuses(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("kh"), "203.0.113.7 " + ED25519 + "\n");
        HostKeyTrust trust = KnownHostsFile.load(Optional.of(file), dir)
                .trustFor("203.0.113.7", 22)
                .orElseThrow();

        assertThatThrownBy(() -> trust.decide("203.0.113.7:22", HostKeyTrustTest.freshEd25519()))
                .isInstanceOf(HostKeyRejectedException.class)
                .hasMessageContaining(file + " (203.0.113.7) lists ED25519 SHA256:");
    }

    @Test
    void load_givenFileMissing_isBadInput_defaultFileMissing_isEmpty(@TempDir Path dir) {
        assertThatThrownBy(() -> KnownHostsFile.load(Optional.of(dir.resolve("nope")), dir))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("knownHosts " + dir.resolve("nope") + " is not a readable file");
        KnownHostsFile home = KnownHostsFile.load(Optional.empty(), dir);
        assertThat(home.name()).isEqualTo(dir.resolve(".ssh/known_hosts").toString());
        assertThat(home.trustFor("203.0.113.7", 22)).isEmpty();
    }

    /** OpenSSH's HashKnownHosts form: |1|base64(salt)|base64(HMAC-SHA1 keyed by the salt over the name). */
    private static String hashed(String name) throws Exception {
        byte[] salt = new byte[20];
        new SecureRandom().nextBytes(salt);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(salt, "HmacSHA1"));
        byte[] hash = mac.doFinal(name.getBytes(StandardCharsets.US_ASCII));
        return "|1|" + Base64.getEncoder().encodeToString(salt) + "|"
                + Base64.getEncoder().encodeToString(hash);
    }
}
