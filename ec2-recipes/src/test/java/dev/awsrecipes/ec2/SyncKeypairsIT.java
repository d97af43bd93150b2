package dev.awsrecipes.ec2;

import static dev.awsrecipes.ec2.SshPublicKeyTest.key;
import static dev.awsrecipes.ec2.SshPublicKeyTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.Ec2TestAccount;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

class SyncKeypairsIT {
    private static final Region MISSING = Region.US_EAST_1;
    private static final Region OTHER_KEY = Region.EU_WEST_1;
    private static final Region SAME_KEY = Region.AP_SOUTHEAST_2;

    @Ec2ServerTest
    void syncKeypairs_givenRegions_importsWhereMissingAndReportsPresentAndMismatchWithoutDeleting(Ec2Server server) {
        try (Ec2TestAccount account = new Ec2TestAccount(server, MISSING, OTHER_KEY, SAME_KEY)) {
            importRaw(account, OTHER_KEY, text("ed25519-pkcs8.pub"));
            importRaw(account, SAME_KEY, text("ed25519.pub"));

            KeySyncReport report = Ec2Recipes.using(account.aws)
                    .syncKeypairs("team", key("ed25519-openssh.pem"), List.of(MISSING, OTHER_KEY, SAME_KEY));

            assertThat(report.region(MISSING).orElseThrow().status()).isEqualTo(KeySyncStatus.IMPORTED);
            assertThat(report.region(OTHER_KEY).orElseThrow().status()).isEqualTo(KeySyncStatus.MISMATCH);
            assertThat(report.region(SAME_KEY).orElseThrow().status()).isEqualTo(KeySyncStatus.PRESENT);
            SshPublicKey ours = SshPublicKey.read(key("ed25519.pub"));
            assertThat(remoteKey(account, MISSING)).isEqualTo(ours);
            assertThat(remoteKey(account, OTHER_KEY)).isEqualTo(SshPublicKey.read(key("ed25519-pkcs8.pub")));
            assertThat(remoteKey(account, SAME_KEY)).isEqualTo(ours);
        }
    }

    @Ec2ServerTest
    void syncKeypairs_rsaKeyImportedEarlier_isPresentByItsMd5Fingerprint(Ec2Server server) {
        try (Ec2TestAccount account = new Ec2TestAccount(server, SAME_KEY)) {
            importRaw(account, SAME_KEY, text("rsa.pub"));

            KeySyncReport report =
                    Ec2Recipes.using(account.aws).syncKeypairs("team", key("rsa-pkcs1.pem"), List.of(SAME_KEY));

            assertThat(report.regions()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(KeySyncStatus.PRESENT);
                assertThat(s.detail()).isEqualTo("fingerprint ff:b8:c9:78:6f:ee:b9:9a:2e:e8:88:25:bb:4c:8b:ec");
            });
        }
    }

    @Ec2ServerTest
    void syncKeypairs_allRegions_importsInEveryEnabledRegionAndSkipsTheOthers(Ec2Server server) {
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            List<RegionInfo> regions = Ec2Regions.all(account.aws);
            account.alsoClean(Ec2Regions.enabled(account.aws));

            KeySyncReport report = Ec2Recipes.using(account.aws).syncKeypairs("everywhere", key("rsa.pub"));

            List<Region> enabled = regions.stream()
                    .filter(RegionInfo::isEnabled)
                    .map(RegionInfo::region)
                    .toList();
            List<Region> notOptedIn = regions.stream()
                    .filter(r -> !r.isEnabled())
                    .map(RegionInfo::region)
                    .toList();
            assertThat(notOptedIn).isNotEmpty();
            assertThat(report.regionsWith(KeySyncStatus.SKIPPED)).containsExactlyInAnyOrderElementsOf(notOptedIn);
            assertThat(report.region(notOptedIn.get(0)).orElseThrow().detail()).isEqualTo("region is not-opted-in");
            // LocalStack keeps one EC2 state for us-east-1 and the China and GovCloud regions, so
            // whichever of them runs first imports and the others find the key present
            List<Region> shared = enabled.stream()
                    .filter(r -> r.equals(Region.US_EAST_1) || r.id().startsWith("cn-") || r.id().startsWith("us-gov-"))
                    .toList();
            assertThat(report.regions())
                    .filteredOn(s -> enabled.contains(s.region()))
                    .as(report.toString())
                    .allSatisfy(s -> assertThat(s.status())
                            .isEqualTo(
                                    shared.contains(s.region()) && s.status() == KeySyncStatus.PRESENT
                                            ? KeySyncStatus.PRESENT
                                            : KeySyncStatus.IMPORTED))
                    .hasSameSizeAs(enabled);
            for (Region region : enabled) {
                assertThat(remoteKey(account, region)).as(region.id()).isEqualTo(SshPublicKey.read(key("rsa.pub")));
            }
        }
    }

    private static void importRaw(Ec2TestAccount account, Region region, String publicKeyLine) {
        account.ec2(region)
                .importKeyPair(r -> r.keyName("team").publicKeyMaterial(SdkBytes.fromUtf8String(publicKeyLine)));
    }

    private static SshPublicKey remoteKey(Ec2TestAccount account, Region region) {
        String name = account.ec2(region).describeKeyPairs().keyPairs().get(0).keyName();
        KeyPairInfo info = account.ec2(region)
                .describeKeyPairs(r -> r.keyNames(name).includePublicKey(true))
                .keyPairs()
                .get(0);
        return SshPublicKey.parse(info.publicKey());
    }
}
