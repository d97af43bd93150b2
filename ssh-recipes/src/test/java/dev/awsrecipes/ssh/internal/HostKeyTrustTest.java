package dev.awsrecipes.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.ec2.SshPublicKey;
import dev.awsrecipes.ssh.HostKeyRejectedException;
import dev.awsrecipes.ssh.HostKeySource;
import dev.awsrecipes.ssh.SshHostKeys;
import dev.awsrecipes.ssh.VerifiedHostKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostKeyTrustTest {
    private static final String ED25519_SHA256 = "SHA256:ADYj822+or/yk73cv/3vaPs0HkiVvULXkwv+0D++TQM";
    private static final String HOST = "203.0.113.7:22";

    @Test
    void console_everyAnnouncedKey_isTrustedAndSaysSo() {
        HostKeyTrust trust = HostKeyTrust.console("the console output of i-0abc", console("amazon-linux-2023.txt"));

        for (String pub : List.of("ssh_host_ecdsa_key.pub", "ssh_host_ed25519_key.pub", "ssh_host_rsa_key.pub")) {
            VerifiedHostKey key = trust.decide(HOST, blob(pub));
            assertThat(key.source()).isEqualTo(HostKeySource.CONSOLE_OUTPUT);
            assertThat(key.detail()).isEqualTo("the console output of i-0abc");
        }
        assertThat(trust.decide(HOST, blob("ssh_host_ed25519_key.pub")).fingerprint())
                .isEqualTo(ED25519_SHA256);
    }

    @Test
    void console_md5FingerprintsOnly_stillTrustTheRightKey() {
        String text = resource("ubuntu-1804-md5.txt");
        String withoutKeys = text.substring(0, text.indexOf(SshHostKeys.BEGIN_KEYS));
        HostKeyTrust trust = HostKeyTrust.console("c", SshHostKeys.fromConsoleOutput(withoutKeys));

        assertThat(trust.decide(HOST, blob("ssh_host_rsa_key.pub")).keyType()).isEqualTo("ssh-rsa");
        assertThatThrownBy(() -> trust.decide(HOST, freshEd25519()))
                .isInstanceOf(HostKeyRejectedException.class)
                .hasMessageContaining("MD5:25:30:dd:2d:99:4e:6f:02:ea:9d:e8:67:56:21:02:dc");
    }

    @Test
    void console_anotherKey_isRefusedWithOneLineNamingBothFingerprints() {
        HostKeyTrust trust = HostKeyTrust.console("the console output of i-0abc", console("amazon-linux-2023.txt"))
                .acceptingUnknown(true);
        byte[] other = freshEd25519();
        String otherFingerprint = SshPublicKey.fromBlob(other, "").sha256Fingerprint();

        assertThatThrownBy(() -> trust.decide(HOST, other))
                .isInstanceOfSatisfying(HostKeyRejectedException.class, e -> {
                    assertThat(e.getMessage())
                            .doesNotContain("\n")
                            .isEqualTo("host key of 203.0.113.7:22 is ED25519 " + otherFingerprint
                                    + " but the console output of i-0abc lists ED25519 " + ED25519_SHA256
                                    + "; refused, nothing was run");
                    assertThat(e.isMismatch()).isTrue();
                    assertThat(e.presented()).isEqualTo("ED25519 " + otherFingerprint);
                });
    }

    @Test
    void preferredAlgorithms_followTheAnnouncedKeyTypes() {
        HostKeyTrust trust = HostKeyTrust.console("c", console("amazon-linux-2023.txt"));

        assertThat(trust.preferredAlgorithms())
                .contains("ecdsa-sha2-nistp256", "ssh-ed25519", "rsa-sha2-512", "rsa-sha2-256");
    }

    @Test
    void preferredAlgorithms_ecdsaOnOtherCurves_nameTheirOwnAlgorithm() throws Exception {
        java.security.KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new java.security.spec.ECGenParameterSpec("secp384r1"));
        java.security.interfaces.ECPublicKey p384 =
                (java.security.interfaces.ECPublicKey) ec.generateKeyPair().getPublic();
        byte[] blob = ecdsaBlob("nistp384", p384);

        assertThat(HostKeyTrust.knownHosts("kh", List.of(blob), List.of()).preferredAlgorithms())
                .containsExactly("ecdsa-sha2-nistp384");
        assertThat(HostKeyTrust.console(
                                "c",
                                new SshHostKeys(
                                        List.of(new SshHostKeys.Fingerprint(
                                                384, dev.awsrecipes.ssh.SshFingerprints.sha256(blob), "ECDSA", "")),
                                        List.of()))
                        .preferredAlgorithms())
                .containsExactly("ecdsa-sha2-nistp384");
    }

    /** RFC 5656: string type, string curve, string Q (uncompressed point). */
    private static byte[] ecdsaBlob(String curve, java.security.interfaces.ECPublicKey key) {
        int size = 48;
        byte[] point = new byte[1 + 2 * size];
        point[0] = 4;
        copyUnsigned(key.getW().getAffineX().toByteArray(), point, 1, size);
        copyUnsigned(key.getW().getAffineY().toByteArray(), point, 1 + size, size);
        java.io.ByteArrayOutputStream blob = new java.io.ByteArrayOutputStream();
        sshString(blob, ("ecdsa-sha2-" + curve).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        sshString(blob, curve.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        sshString(blob, point);
        return blob.toByteArray();
    }

    /** An SSH string (RFC 4251): 4-byte big-endian length, then the bytes. */
    private static void sshString(java.io.ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(value.length).array());
        out.writeBytes(value);
    }

    private static void copyUnsigned(byte[] value, byte[] into, int at, int size) {
        int skip = Math.max(0, value.length - size);
        System.arraycopy(value, skip, into, at + size - (value.length - skip), value.length - skip);
    }

    @Test
    void knownHosts_sameTypeDifferentKey_isAMismatchEvenWhenUnknownKeysAreAccepted() {
        HostKeyTrust trust = HostKeyTrust.knownHosts("kh", List.of(blob("ssh_host_ed25519_key.pub")), List.of())
                .acceptingUnknown(true);

        assertThatThrownBy(() -> trust.decide(HOST, freshEd25519()))
                .isInstanceOf(HostKeyRejectedException.class)
                .hasMessageContaining("but kh lists ED25519 " + ED25519_SHA256);
    }

    @Test
    void knownHosts_onlyOtherTypes_leaveTheKeyUnknown() {
        HostKeyTrust trust = HostKeyTrust.knownHosts("kh", List.of(blob("ssh_host_rsa_key.pub")), List.of());

        assertThatThrownBy(() -> trust.decide(HOST, freshEd25519()))
                .isInstanceOfSatisfying(HostKeyRejectedException.class, e -> {
                    assertThat(e.isMismatch()).isFalse();
                    assertThat(e.getMessage()).contains("kh has no ED25519 key for 203.0.113.7:22");
                });
        assertThat(trust.acceptingUnknown(true).decide(HOST, freshEd25519()).source())
                .isEqualTo(HostKeySource.ACCEPTED_UNKNOWN);
    }

    @Test
    void knownHosts_revokedKey_isRefused() {
        byte[] key = blob("ssh_host_ed25519_key.pub");
        HostKeyTrust trust = HostKeyTrust.knownHosts("kh", List.of(key), List.of(key));

        assertThatThrownBy(() -> trust.decide(HOST, key)).hasMessageContaining("@revoked");
    }

    @Test
    void nothing_refusesUnlessAcceptedExplicitly() {
        HostKeyTrust trust = HostKeyTrust.nothing("the console output of i-0abc shows no SSH host key fingerprints");

        assertThatThrownBy(() -> trust.decide(HOST, freshEd25519()))
                .isInstanceOf(HostKeyRejectedException.class)
                .hasMessageContaining("vouched for by nothing: the console output of i-0abc shows no")
                .hasMessageContaining("accept unknown host keys explicitly");
        assertThat(trust.acceptingUnknown(true).decide(HOST, freshEd25519()).source())
                .isEqualTo(HostKeySource.ACCEPTED_UNKNOWN);
    }

    @Test
    void callerKeys_keyOrFingerprint_onlyThoseCount() {
        String pub = resource("ssh_host_ed25519_key.pub").strip();
        assertThat(HostKeyTrust.callerKeys(List.of(pub))
                        .decide(HOST, blob("ssh_host_ed25519_key.pub"))
                        .source())
                .isEqualTo(HostKeySource.CALLER);
        assertThat(HostKeyTrust.callerKeys(List.of(ED25519_SHA256)).decide(HOST, blob("ssh_host_ed25519_key.pub")))
                .isNotNull();
        assertThatThrownBy(() ->
                        HostKeyTrust.callerKeys(List.of(ED25519_SHA256)).decide(HOST, blob("ssh_host_rsa_key.pub")))
                .hasMessageContaining("the host keys given lists host key " + ED25519_SHA256);
    }

    static SshHostKeys console(String name) {
        return SshHostKeys.fromConsoleOutput(resource(name));
    }

    static byte[] blob(String pubFile) {
        return Base64.getDecoder().decode(resource(pubFile).strip().split(" ")[1]);
    }

    static byte[] freshEd25519() {
        try {
            return SshPublicKey.of(
                            KeyPairGenerator.getInstance("Ed25519")
                                    .generateKeyPair()
                                    .getPublic(),
                            "")
                    .blob();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = HostKeyTrustTest.class.getResourceAsStream("/console/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
