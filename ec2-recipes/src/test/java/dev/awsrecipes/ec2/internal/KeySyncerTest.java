package dev.awsrecipes.ec2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.ec2.Ec2Fingerprints;
import dev.awsrecipes.ec2.KeySync;
import dev.awsrecipes.ec2.KeySyncStatus;
import dev.awsrecipes.ec2.SshKeyFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/** The comparison of a local key with what DescribeKeyPairs reports, on EC2's and LocalStack's answers. */
class KeySyncerTest {
    private static final Region REGION = Region.EU_WEST_1;

    private static SshKeyFile load(String name) {
        try {
            return SshKeyFile.read(
                    Path.of(KeySyncerTest.class.getResource("/keys/" + name).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void compare_importedRsaFingerprintMatches_isPresent() {
        KeySync sync = KeySyncer.compare(
                REGION,
                load("rsa.pub"),
                KeyPairInfo.builder()
                        .keyFingerprint("ff:b8:c9:78:6f:ee:b9:9a:2e:e8:88:25:bb:4c:8b:ec")
                        .build());

        assertThat(sync.status()).isEqualTo(KeySyncStatus.PRESENT);
    }

    @Test
    void compare_ec2CreatedRsaKeyAndItsPrivateKeyFile_isPresentBySha1() {
        KeySync sync = KeySyncer.compare(
                REGION,
                load("ec2-created-rsa.pem"),
                KeyPairInfo.builder()
                        .keyFingerprint("3c:05:de:64:f6:87:5d:58:9b:d9:e0:1c:01:89:59:7a:0d:5c:83:de")
                        .build());

        assertThat(sync.status()).isEqualTo(KeySyncStatus.PRESENT);
    }

    @Test
    void compare_ec2CreatedKeyWithOnlyAPublicKeyLocally_isUnverifiedNotMismatch() {
        KeySync sync = KeySyncer.compare(
                REGION,
                load("rsa.pub"),
                KeyPairInfo.builder()
                        .keyFingerprint("3c:05:de:64:f6:87:5d:58:9b:d9:e0:1c:01:89:59:7a:0d:5c:83:de")
                        .build());

        assertThat(sync.status()).isEqualTo(KeySyncStatus.UNVERIFIED);
    }

    @Test
    void compare_ed25519AsLocalStackFingerprintsItButSamePublicKey_isPresent() throws Exception {
        // LocalStack (moto) reports hex SHA-256 of the DER public key for Ed25519; EC2 reports base64
        // SHA-256 of the SSH blob. The public key it returns settles it.
        String line = Files.readString(
                Path.of(KeySyncerTest.class.getResource("/keys/ed25519.pub").toURI()));
        KeySync sync = KeySyncer.compare(
                REGION,
                load("ed25519-openssh.pem"),
                KeyPairInfo.builder()
                        .keyFingerprint(
                                "e9:7b:98:e0:b8:2c:b4:9c:f3:96:8f:63:e3:af:30:c5:7d:b3:70:ec:ba:73:94:8b:3f:ea:77:63:49:e6:40:09")
                        .publicKey(line)
                        .build());

        assertThat(sync.status()).isEqualTo(KeySyncStatus.PRESENT);
    }

    @Test
    void compare_differentKeyUnderTheName_isMismatchNamingBothFingerprints() throws Exception {
        String other = Files.readString(Path.of(
                KeySyncerTest.class.getResource("/keys/ed25519-pkcs8.pub").toURI()));
        KeySync sync = KeySyncer.compare(
                REGION,
                load("ed25519.pub"),
                KeyPairInfo.builder()
                        .keyFingerprint("VxxSFiznzdPiVWD7WKNrD2mBBAiBKz2mOT9NV4FbxBE=")
                        .publicKey(other)
                        .build());

        assertThat(sync.status()).isEqualTo(KeySyncStatus.MISMATCH);
        assertThat(sync.detail())
                .contains("VxxSFiznzdPiVWD7WKNrD2mBBAiBKz2mOT9NV4FbxBE=")
                .contains(Ec2Fingerprints.ofImportedKey(load("ed25519.pub").publicKey()));
    }

    @Test
    void compare_differentRsaFingerprintAndNoPublicKey_isMismatch() {
        KeySync sync = KeySyncer.compare(
                REGION,
                load("rsa.pub"),
                KeyPairInfo.builder()
                        .keyFingerprint("00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff")
                        .build());

        assertThat(sync.status()).isEqualTo(KeySyncStatus.MISMATCH);
    }
}
