package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.FanOutResult;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.core.RegionalOutcome;
import dev.awsrecipes.ec2.Ec2Fingerprints;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.Ec2Regions;
import dev.awsrecipes.ec2.KeySync;
import dev.awsrecipes.ec2.KeySyncReport;
import dev.awsrecipes.ec2.KeySyncStatus;
import dev.awsrecipes.ec2.RegionInfo;
import dev.awsrecipes.ec2.SshKeyFile;
import dev.awsrecipes.ec2.SshPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/** E5: one keypair in many regions, concurrently; a mismatch is reported, never "fixed" by deleting. */
record KeySyncer(RecipeContext context) {

    /**
     * @param regions the regions to sync, or null for every region of {@code DescribeRegions}, of which
     *     those not opted in are reported as skipped
     */
    public KeySyncReport sync(String keyName, SshKeyFile local, Collection<Region> regions) {
        List<KeySync> results = new ArrayList<>();
        List<Region> targets = new ArrayList<>();
        if (regions == null) {
            for (RegionInfo info : Ec2Regions.all(context)) {
                if (info.isEnabled()) {
                    targets.add(info.region());
                } else {
                    results.add(new KeySync(info.region(), KeySyncStatus.SKIPPED, "region is " + info.optInStatus()));
                }
            }
        } else {
            targets.addAll(new LinkedHashSet<>(regions));
        }
        if (!targets.isEmpty()) {
            FanOutResult<KeySync> outcomes =
                    context.fanOut(targets, (account, region) -> syncRegion(keyName, local, account, region));
            outcomes.outcomes().forEach(o -> results.add(toSync(o)));
        }
        results.sort(Comparator.comparing(s -> s.region().id()));
        return new KeySyncReport(keyName, Ec2Fingerprints.ofImportedKey(local.publicKey()), results);
    }

    private static KeySync toSync(RegionalOutcome<KeySync> outcome) {
        if (outcome.isSuccess()) {
            return outcome.value();
        }
        if (AwsErrors.hasCode(outcome.error(), "OptInRequired")) {
            return new KeySync(outcome.region(), KeySyncStatus.SKIPPED, "region is not opted in");
        }
        return new KeySync(outcome.region(), KeySyncStatus.ERROR, AwsErrors.describe(outcome.error()));
    }

    private KeySync syncRegion(String keyName, SshKeyFile local, Account account, Region region) {
        return syncIn(context.client(Ec2Recipes.EC2, region, account), region, keyName, local);
    }

    /** One region's verdict: imported where missing, else compared with what EC2 holds. */
    static KeySync syncIn(Ec2Client ec2, Region region, String keyName, SshKeyFile local) {
        Optional<KeyPairInfo> remote = KeyPairs.find(ec2, keyName, true);
        if (remote.isEmpty()) {
            try {
                ImportKeyPairResponse imported = KeyPairs.importKey(ec2, keyName, local.publicKey());
                return new KeySync(region, KeySyncStatus.IMPORTED, "fingerprint " + imported.keyFingerprint());
            } catch (RuntimeException e) {
                if (!AwsErrors.isAlreadyExists(e)) {
                    throw e;
                }
                // imported concurrently by someone else: compare with what is there now
                remote = KeyPairs.find(ec2, keyName, true);
                if (remote.isEmpty()) {
                    throw e;
                }
            }
        }
        return compare(region, local, remote.get());
    }

    /**
     * Fingerprints first, as EC2 computes them. When none matches but EC2 returned the public key, the
     * keys themselves are compared: that settles keys EC2 created (fingerprinted from a private key we
     * may not have) and emulators that fingerprint differently.
     */
    static KeySync compare(Region region, SshKeyFile local, KeyPairInfo remote) {
        String remoteFingerprint = remote.keyFingerprint();
        for (String candidate : local.ec2Fingerprints()) {
            if (Ec2Fingerprints.same(candidate, remoteFingerprint)) {
                return new KeySync(region, KeySyncStatus.PRESENT, "fingerprint " + remoteFingerprint);
            }
        }
        String local0 = Ec2Fingerprints.ofImportedKey(local.publicKey());
        if (remote.publicKey() != null && !remote.publicKey().isBlank()) {
            Optional<SshPublicKey> remoteKey = parseQuietly(remote.publicKey());
            if (remoteKey.isPresent() && remoteKey.get().equals(local.publicKey())) {
                return new KeySync(
                        region, KeySyncStatus.PRESENT, "same public key (EC2 fingerprint " + remoteFingerprint + ")");
            }
            return new KeySync(
                    region,
                    KeySyncStatus.MISMATCH,
                    "EC2 has a different key: fingerprint " + remoteFingerprint + ", local " + local0);
        }
        if (isSha1(remoteFingerprint) && local.createdKeyFingerprint().isEmpty()) {
            return new KeySync(
                    region,
                    KeySyncStatus.UNVERIFIED,
                    "EC2 created this key (fingerprint " + remoteFingerprint
                            + "); give the private key file to compare");
        }
        return new KeySync(
                region,
                KeySyncStatus.MISMATCH,
                "EC2 has a different key: fingerprint " + remoteFingerprint + ", local " + local0);
    }

    private static boolean isSha1(String fingerprint) {
        return fingerprint != null && fingerprint.matches("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){19}");
    }

    private static Optional<SshPublicKey> parseQuietly(String line) {
        try {
            return Optional.of(SshPublicKey.parse(line));
        } catch (InvalidArgumentException unreadable) {
            // a key we cannot read cannot be ours
            return Optional.empty();
        }
    }
}
