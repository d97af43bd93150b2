package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.FanOutResult;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.core.RegionalOutcome;
import dev.awsrecipes.ec2.AccountKeySyncs;
import dev.awsrecipes.ec2.Ec2Fingerprints;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.Ec2Regions;
import dev.awsrecipes.ec2.KeySync;
import dev.awsrecipes.ec2.KeySyncReport;
import dev.awsrecipes.ec2.KeySyncStatus;
import dev.awsrecipes.ec2.RegionFailure;
import dev.awsrecipes.ec2.RegionInfo;
import dev.awsrecipes.ec2.SshKeyFile;
import dev.awsrecipes.ec2.SshPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * {@link #sync} in every account of the context, in one fan-out: first each account's regions (one
     * {@code DescribeRegions} per account, unless regions are given), then every (account, region) pair
     * that account can use.
     */
    public AccountKeySyncs syncAccounts(String keyName, SshKeyFile local, Collection<Region> regions) {
        List<Account> accounts = context.accounts().asList();
        Map<Account, List<KeySync>> results = new LinkedHashMap<>();
        Map<Account, Set<Region>> targets = new LinkedHashMap<>();
        List<RegionFailure> failures = new ArrayList<>();
        if (regions == null) {
            Region home = context.region();
            FanOutResult<List<RegionInfo>> listed = context.fanOut(accounts, List.of(home), this::regionsOf);
            for (RegionalOutcome<List<RegionInfo>> outcome : listed.outcomes()) {
                if (!outcome.isSuccess()) {
                    failures.add(RegionFailure.ofAccount(outcome.account().name(), outcome.error()));
                    continue;
                }
                List<KeySync> skipped = new ArrayList<>();
                Set<Region> enabled = new LinkedHashSet<>();
                for (RegionInfo info : outcome.value()) {
                    if (info.isEnabled()) {
                        enabled.add(info.region());
                    } else {
                        skipped.add(
                                new KeySync(info.region(), KeySyncStatus.SKIPPED, "region is " + info.optInStatus()));
                    }
                }
                results.put(outcome.account(), skipped);
                targets.put(outcome.account(), enabled);
            }
        } else {
            for (Account account : accounts) {
                results.put(account, new ArrayList<>());
                targets.put(account, new LinkedHashSet<>(regions));
            }
        }
        Set<Region> union = new LinkedHashSet<>();
        targets.values().forEach(union::addAll);
        if (!union.isEmpty()) {
            // One fan-out over the union keeps every call concurrent; a pair outside an account's own
            // regions is skipped rather than called.
            FanOutResult<KeySync> outcomes = context.fanOut(
                    targets.keySet(),
                    union,
                    (account, region) ->
                            targets.get(account).contains(region) ? syncRegion(keyName, local, account, region) : null);
            Set<Account> unreachable = new LinkedHashSet<>();
            for (RegionalOutcome<KeySync> outcome : outcomes.outcomes()) {
                if (!outcome.isSuccess()
                        && RunningInstanceFinder.failureOf(outcome.account(), outcome.region(), outcome.error())
                                .isAccountFailure()) {
                    if (unreachable.add(outcome.account())) {
                        failures.add(RegionFailure.ofAccount(outcome.account().name(), outcome.error()));
                    }
                } else if (!outcome.isSuccess() || outcome.value() != null) {
                    results.get(outcome.account()).add(toSync(outcome));
                }
            }
            unreachable.forEach(results::remove);
        }
        String fingerprint = Ec2Fingerprints.ofImportedKey(local.publicKey());
        Map<String, KeySyncReport> reports = new LinkedHashMap<>();
        results.forEach((account, syncs) -> {
            syncs.sort(Comparator.comparing(s -> s.region().id()));
            reports.put(account.name(), new KeySyncReport(keyName, fingerprint, syncs));
        });
        return new AccountKeySyncs(reports, failures);
    }

    private List<RegionInfo> regionsOf(Account account, Region region) {
        return context
                .client(Ec2Recipes.EC2, region, account)
                .describeRegions(r -> r.allRegions(true))
                .regions()
                .stream()
                .map(r -> new RegionInfo(Region.of(r.regionName()), r.optInStatus()))
                .toList();
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
