package dev.awsrecipes.ec2;

import static dev.awsrecipes.ec2.SshPublicKeyTest.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.Ec2TestAccount;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

class ImportKeyPairIT {

    @Ec2ServerTest
    void importKeyPair_rsaPublicKeyFile_isListedWithEc2sFingerprintAndTheSameKey(Ec2Server server) {
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            ImportedKeyPair imported = Ec2Recipes.using(account.aws).importKeyPair("laptop", key("rsa.pub"));

            KeyPairInfo listed = account.ec2()
                    .describeKeyPairs(r -> r.keyNames("laptop").includePublicKey(true))
                    .keyPairs()
                    .get(0);
            assertThat(listed.keyPairId()).isEqualTo(imported.keyPairId());
            assertThat(listed.keyFingerprint())
                    .isEqualTo(imported.fingerprint())
                    .isEqualTo("ff:b8:c9:78:6f:ee:b9:9a:2e:e8:88:25:bb:4c:8b:ec");
            assertThat(SshPublicKey.parse(listed.publicKey())).isEqualTo(SshPublicKey.read(key("rsa.pub")));
        }
    }

    @Ec2ServerTest
    void importKeyPair_ed25519PrivateKeyFile_importsThePublicKeyDerivedInJava(Ec2Server server) {
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            Ec2Recipes.using(account.aws).importKeyPair("derived", key("ed25519-pkcs8.pem"));

            KeyPairInfo listed = account.ec2()
                    .describeKeyPairs(r -> r.keyNames("derived").includePublicKey(true))
                    .keyPairs()
                    .get(0);
            assertThat(listed.keyTypeAsString()).isEqualTo("ed25519");
            assertThat(SshPublicKey.parse(listed.publicKey())).isEqualTo(SshPublicKey.read(key("ed25519-pkcs8.pub")));
        }
    }

    @Ec2ServerTest
    void importKeyPair_badMaterial_isRejectedBeforeTheCallAndNothingIsImported(Ec2Server server, @TempDir Path dir)
            throws Exception {
        Path bad = dir.resolve("bad.pub");
        Files.writeString(bad, "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQ== truncated\n");
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            assertThatThrownBy(() -> Ec2Recipes.using(account.aws).importKeyPair("bad", bad))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("keyFile " + bad);

            assertThat(account.ec2().describeKeyPairs().keyPairs()).isEmpty();
        }
    }
}
