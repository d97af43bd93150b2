package dev.awsrecipes.ec2;

import static dev.awsrecipes.ec2.SshPublicKeyTest.key;
import static dev.awsrecipes.ec2.SshPublicKeyTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected values computed with openssl and ssh-keygen (see src/test/resources/keys/README.md). */
class Ec2FingerprintsTest {

    @Test
    void ofImportedKey_rsa_isTheMd5OfTheDerPublicKeyLikeOpenssl() {
        assertThat(Ec2Fingerprints.ofImportedKey(SshPublicKey.read(key("rsa.pub"))))
                .isEqualTo("ff:b8:c9:78:6f:ee:b9:9a:2e:e8:88:25:bb:4c:8b:ec");
    }

    @Test
    void ofImportedKey_rsa_isNotWhatSshKeygenMd5Prints() {
        // ssh-keygen -E md5 -l -f rsa.pub hashes the SSH blob instead
        assertThat(Ec2Fingerprints.ofImportedKey(SshPublicKey.read(key("rsa.pub"))))
                .isNotEqualTo("95:50:0b:8b:5c:db:16:36:c2:ea:25:4b:a8:d8:82:7b");
    }

    @Test
    void ofImportedKey_ed25519_isTheBase64Sha256OfTheBlobLikeSshKeygen() {
        assertThat(Ec2Fingerprints.ofImportedKey(SshPublicKey.read(key("ed25519.pub"))))
                .isEqualTo("yhnqLAFf7Dxk4UwiLKyhOTh7A+MKS5sGG8q0tQppheI=");
    }

    @Test
    void ofCreatedKey_rsaPkcs1_isTheSha1OfThePkcs8Der() {
        assertThat(Ec2Fingerprints.ofCreatedKey(text("rsa-pkcs1.pem")))
                .isEqualTo("ef:12:90:62:16:0b:0e:0e:52:80:15:d7:fb:25:57:29:5b:44:af:c3");
        assertThat(Ec2Fingerprints.ofCreatedKey(text("rsa-pkcs8.pem")))
                .isEqualTo("ef:12:90:62:16:0b:0e:0e:52:80:15:d7:fb:25:57:29:5b:44:af:c3");
    }

    @Test
    void ofCreatedKey_keyMadeByCreateKeyPair_isTheSha1OfThePkcs8Der() {
        assertThat(Ec2Fingerprints.ofCreatedKey(text("ec2-created-rsa.pem")))
                .isEqualTo("3c:05:de:64:f6:87:5d:58:9b:d9:e0:1c:01:89:59:7a:0d:5c:83:de");
    }

    @Test
    void same_ignoresCasePaddingAndThePrefixOfSshKeygen() {
        assertThat(Ec2Fingerprints.same("FF:B8:C9", "ff:b8:c9")).isTrue();
        assertThat(Ec2Fingerprints.same(
                        "SHA256:yhnqLAFf7Dxk4UwiLKyhOTh7A+MKS5sGG8q0tQppheI",
                        "yhnqLAFf7Dxk4UwiLKyhOTh7A+MKS5sGG8q0tQppheI="))
                .isTrue();
        assertThat(Ec2Fingerprints.same(
                        "yhnqLAFf7Dxk4UwiLKyhOTh7A+MKS5sGG8q0tQppheI=", "YHNQLAFF7DXK4UWILKYHOTH7A+MKS5SGG8Q0TQPPHEI="))
                .isFalse();
        assertThat(Ec2Fingerprints.same(null, "x")).isFalse();
    }
}
