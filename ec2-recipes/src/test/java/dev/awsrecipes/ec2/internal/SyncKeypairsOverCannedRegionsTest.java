package dev.awsrecipes.ec2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.KeySync;
import dev.awsrecipes.ec2.KeySyncReport;
import dev.awsrecipes.ec2.KeySyncStatus;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsResponse;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/**
 * E5 through the public facade built from the caller's clients, one canned EC2 per region: each verdict
 * (missing, same key, other key, failing region, region not opted in) in one report, without a server.
 */
class SyncKeypairsOverCannedRegionsTest {
    /** What EC2 shows for rsa.pub once imported: MD5 of its DER public key. */
    private static final String RSA_PUB_FINGERPRINT = "ff:b8:c9:78:6f:ee:b9:9a:2e:e8:88:25:bb:4c:8b:ec";

    private static Path rsaPub() {
        try {
            return Path.of(SyncKeypairsOverCannedRegionsTest.class
                    .getResource("/keys/rsa.pub")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CannedEc2 holding(String fingerprint) {
        CannedEc2 ec2 = new CannedEc2();
        ec2.keyPairs = DescribeKeyPairsResponse.builder()
                .keyPairs(KeyPairInfo.builder()
                        .keyName("ops")
                        .keyFingerprint(fingerprint)
                        .build())
                .build();
        return ec2;
    }

    private static CannedEc2 failing(String code, int status) {
        CannedEc2 ec2 = new CannedEc2();
        ec2.failure = CannedErrors.ec2Error(code, status);
        return ec2;
    }

    @Test
    void syncKeypairs_overTheCallersClientsPerRegion_reportsEachVerdictAndImportsOnlyWhereMissing() {
        Map<Region, CannedEc2> clients = new LinkedHashMap<>();
        clients.put(Region.EU_WEST_1, new CannedEc2());
        clients.put(Region.US_EAST_1, holding(RSA_PUB_FINGERPRINT));
        clients.put(Region.AP_SOUTH_1, holding("11:22:33:44:55:66:77:88:99:00:aa:bb:cc:dd:ee:ff"));
        clients.put(Region.US_WEST_2, failing("UnauthorizedOperation", 403));
        clients.put(Region.ME_SOUTH_1, failing("OptInRequired", 401));
        Ec2Recipes ec2 = Ec2Recipes.builder()
                .ec2ClientsPerRegion((region, account) -> clients.get(region))
                .region(Region.EU_WEST_1)
                .build();

        KeySyncReport report = ec2.syncKeypairs("ops", rsaPub(), clients.keySet());

        assertThat(report.localFingerprint()).isEqualTo(RSA_PUB_FINGERPRINT);
        assertThat(report.regions()).extracting(KeySync::region).isSortedAccordingTo((a, b) -> a.id().compareTo(
                        b.id()));
        assertThat(report.region(Region.EU_WEST_1).map(KeySync::status)).contains(KeySyncStatus.IMPORTED);
        assertThat(report.region(Region.US_EAST_1).map(KeySync::status)).contains(KeySyncStatus.PRESENT);
        assertThat(report.region(Region.AP_SOUTH_1)).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(KeySyncStatus.MISMATCH);
            assertThat(s.detail()).contains("11:22:33", RSA_PUB_FINGERPRINT);
        });
        assertThat(report.region(Region.US_WEST_2)).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(KeySyncStatus.ERROR);
            assertThat(s.detail()).contains("UnauthorizedOperation", "403");
        });
        assertThat(report.region(Region.ME_SOUTH_1).map(KeySync::status)).contains(KeySyncStatus.SKIPPED);
        // Only the region that lacked the key was written to; a mismatch is reported, never overwritten.
        assertThat(clients.get(Region.EU_WEST_1).imports).singleElement().satisfies(r -> assertThat(r.keyName())
                .isEqualTo("ops"));
        clients.entrySet().stream().filter(e -> e.getKey() != Region.EU_WEST_1).forEach(e -> assertThat(
                        e.getValue().imports)
                .as("imports in %s", e.getKey())
                .isEmpty());
    }
}
