package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshPublicKeyTest {

    static Path key(String name) {
        try {
            return Path.of(SshPublicKeyTest.class.getResource("/keys/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(key(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key part of an OpenSSH line, without the comment. */
    static String keyPart(String line) {
        String[] parts = line.strip().split(" ");
        return parts[0] + " " + parts[1];
    }

    @Test
    void fromPrivateKey_rsaPkcs1_derivesTheSameKeyAsSshKeygen() {
        assertThat(SshPublicKey.fromPrivateKey(text("rsa-pkcs1.pem")).toOpenSsh())
                .isEqualTo(keyPart(text("rsa.pub")));
    }

    @Test
    void fromPrivateKey_rsaPkcs8_derivesTheSameKeyAsSshKeygen() {
        assertThat(SshPublicKey.fromPrivateKey(text("rsa-pkcs8.pem")).toOpenSsh())
                .isEqualTo(keyPart(text("rsa.pub")));
    }

    @Test
    void fromPrivateKey_ed25519OpenSshFormat_readsThePublicKeyItCarries() {
        assertThat(SshPublicKey.fromPrivateKey(text("ed25519-openssh.pem")).toOpenSsh())
                .isEqualTo(keyPart(text("ed25519.pub")));
    }

    @Test
    void fromPrivateKey_ed25519Pkcs8_derivesThePublicKeyThatPythonCryptographyDerives() {
        assertThat(SshPublicKey.fromPrivateKey(text("ed25519-pkcs8.pem")).toOpenSsh())
                .isEqualTo(keyPart(text("ed25519-pkcs8.pub")));
    }

    @Test
    void fromPrivateKey_ed25519Rfc8032Vector_derivesThePublishedPublicKey() {
        // RFC 8032, section 7.1, TEST 1
        byte[] seed = HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        byte[] pkcs8 = HexFormat.of().parseHex("302e020100300506032b657004220420");
        byte[] der = new byte[pkcs8.length + 32];
        System.arraycopy(pkcs8, 0, der, 0, pkcs8.length);
        System.arraycopy(seed, 0, der, pkcs8.length, 32);
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getEncoder().encodeToString(der)
                + "\n-----END PRIVATE KEY-----\n";

        byte[] blob = SshPublicKey.fromPrivateKey(pem).blob();

        assertThat(HexFormat.of().formatHex(blob, blob.length - 32, blob.length))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    }

    @Test
    void read_publicKeyFile_keepsTheComment() {
        SshPublicKey key = SshPublicKey.read(key("ed25519.pub"));

        assertThat(key.type()).isEqualTo(SshPublicKey.ED25519);
        assertThat(key.comment()).isEqualTo("test-key");
        assertThat(key.toOpenSsh()).isEqualTo(text("ed25519.pub").strip());
        assertThat(key.sha256Fingerprint()).isEqualTo("SHA256:yhnqLAFf7Dxk4UwiLKyhOTh7A+MKS5sGG8q0tQppheI");
    }

    @Test
    void read_privateAndPublicFileOfOneKey_areEqual() {
        assertThat(SshPublicKey.read(key("rsa-pkcs1.pem"))).isEqualTo(SshPublicKey.read(key("rsa.pub")));
    }

    @Test
    void read_encryptedPrivateKey_isRefusedWithAHint() {
        assertThatThrownBy(() -> SshPublicKey.read(key("rsa-encrypted.pem")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("is encrypted");
    }

    @Test
    void read_missingFile_namesIt(@TempDir Path dir) {
        assertThatThrownBy(() -> SshPublicKey.read(dir.resolve("nope.pub")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("keyFile " + dir.resolve("nope.pub") + " does not exist");
    }

    @Test
    void parse_notBase64_isRejected() {
        assertThatThrownBy(() -> SshPublicKey.parse("ssh-rsa !!!notbase64 me"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("publicKey has key data that is not base64");
    }

    @Test
    void parse_typeThatDisagreesWithTheData_isRejected() {
        String blob = keyPart(text("ed25519.pub")).split(" ")[1];

        assertThatThrownBy(() -> SshPublicKey.parse("ssh-rsa " + blob))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("publicKey says ssh-rsa but its data is a ssh-ed25519 key");
    }

    @Test
    void parse_truncatedData_isRejected() {
        String blob = keyPart(text("rsa.pub")).split(" ")[1];
        String truncated = Base64.getEncoder()
                .encodeToString(java.util.Arrays.copyOf(Base64.getDecoder().decode(blob), 100));

        assertThatThrownBy(() -> SshPublicKey.parse("ssh-rsa " + truncated))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("publicKey has malformed key data");
    }

    @Test
    void parse_ecdsaKey_isRejectedBecauseEc2ImportsOnlyRsaAndEd25519() {
        // the blob of an ecdsa key starts with its type name, which is all the check needs
        String blob = Base64.getEncoder()
                .encodeToString(new SshWire.Writer()
                        .string("ecdsa-sha2-nistp256")
                        .string("nistp256")
                        .bytes(new byte[65])
                        .toByteArray());

        assertThatThrownBy(() -> SshPublicKey.parse("ecdsa-sha2-nistp256 " + blob))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("EC2 imports only ssh-rsa and ssh-ed25519 keys");
    }

    @Test
    void parse_shortRsaKey_isRejected() {
        String blob = Base64.getEncoder()
                .encodeToString(new SshWire.Writer()
                        .string("ssh-rsa")
                        .mpint(java.math.BigInteger.valueOf(65537))
                        .mpint(java.math.BigInteger.ONE.shiftLeft(511).add(java.math.BigInteger.ONE))
                        .toByteArray());

        assertThatThrownBy(() -> SshPublicKey.parse("ssh-rsa " + blob))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("publicKey is an RSA key of 512 bits; EC2 needs 1024 to 16384");
    }

    @Test
    void parse_garbage_isRejected() {
        assertThatThrownBy(() -> SshPublicKey.parse("not a key"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("publicKey ");
    }
}
