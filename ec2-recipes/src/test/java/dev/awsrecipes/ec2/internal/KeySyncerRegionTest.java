package dev.awsrecipes.ec2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.ec2.KeySync;
import dev.awsrecipes.ec2.KeySyncStatus;
import dev.awsrecipes.ec2.SshKeyFile;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsResponse;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/** One region's key-sync verdict over canned DescribeKeyPairs answers: what is imported, what is left alone. */
class KeySyncerRegionTest {
    private static final Region REGION = Region.EU_WEST_1;

    private static SshKeyFile rsaPublicKey() {
        try {
            return SshKeyFile.read(Path.of(
                    KeySyncerRegionTest.class.getResource("/keys/rsa.pub").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void syncIn_keyMissing_importsTheLocalPublicKey() {
        CannedEc2 ec2 = new CannedEc2();

        KeySync sync = KeySyncer.syncIn(ec2, REGION, "ops", rsaPublicKey());

        assertThat(sync.status()).isEqualTo(KeySyncStatus.IMPORTED);
        assertThat(ec2.imports).singleElement().satisfies(r -> assertThat(r.keyName())
                .isEqualTo("ops"));
    }

    @Test
    void syncIn_sameNameOtherKey_isAMismatchAndNothingIsImported() {
        CannedEc2 ec2 = new CannedEc2();
        ec2.keyPairs = DescribeKeyPairsResponse.builder()
                .keyPairs(KeyPairInfo.builder()
                        .keyName("ops")
                        .keyFingerprint("00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00")
                        .build())
                .build();

        KeySync sync = KeySyncer.syncIn(ec2, REGION, "ops", rsaPublicKey());

        assertThat(sync.status()).isEqualTo(KeySyncStatus.MISMATCH);
        assertThat(ec2.imports).isEmpty();
    }

    @Test
    void syncIn_sameKey_isPresentAndNothingIsImported() {
        CannedEc2 ec2 = new CannedEc2();
        ec2.keyPairs = DescribeKeyPairsResponse.builder()
                .keyPairs(KeyPairInfo.builder()
                        .keyName("ops")
                        .keyFingerprint("ff:b8:c9:78:6f:ee:b9:9a:2e:e8:88:25:bb:4c:8b:ec")
                        .build())
                .build();

        KeySync sync = KeySyncer.syncIn(ec2, REGION, "ops", rsaPublicKey());

        assertThat(sync.status()).isEqualTo(KeySyncStatus.PRESENT);
        assertThat(ec2.imports).isEmpty();
    }
}
