package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.RegionNames;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.KeySync;
import dev.awsrecipes.ec2.KeySyncReport;
import dev.awsrecipes.ec2.KeySyncStatus;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;

/** {@code aws-recipes sync-keypairs}: E5, one keypair in every region, mismatches reported. */
@Command(
        name = "sync-keypairs",
        description = "Import a public key under one name in every region (or the given ones), concurrently;"
                + " report per region: imported, present, mismatch (same name, different key; never deleted),"
                + " skipped (not opted in) or the error. Exit status 1 when a region failed.")
public final class SyncKeypairsCommand extends KeyPairCommand<KeySyncReport> {
    @Option(
            names = "--regions",
            split = ",",
            paramLabel = "r1,r2|all",
            description = "Regions to sync; all (default) means every region DescribeRegions lists.")
    List<String> regions;

    private List<Region> regionList;

    @Override
    protected void validate() {
        regionList = RegionNames.list("--regions", regions);
    }

    @Override
    protected KeySyncReport run(Aws aws) {
        Ec2Recipes ec2 = Ec2Recipes.using(aws);
        return regionList.isEmpty()
                ? ec2.syncKeypairs(keyPair.keyName, keyPair.publicKey)
                : ec2.syncKeypairs(keyPair.keyName, keyPair.publicKey, regionList);
    }

    @Override
    protected void printText(PrintWriter out, KeySyncReport result) {
        out.println("keypair " + result.keyName() + " (local fingerprint " + result.localFingerprint() + ")");
        for (KeySync sync : result.regions()) {
            out.printf(Locale.ROOT, "%-16s %-10s %s%n", sync.region().id(), word(sync.status()), sync.detail());
        }
    }

    @Override
    protected Object jsonView(KeySyncReport result) {
        Map<String, String> byRegion = new LinkedHashMap<>();
        for (KeySync sync : result.regions()) {
            byRegion.put(sync.region().id(), jsonValue(sync));
        }
        return Map.of("regions", byRegion);
    }

    @Override
    protected int exitCode(KeySyncReport result) {
        return result.regionsWith(KeySyncStatus.ERROR).isEmpty() ? 0 : 1;
    }

    /** {@code imported}, {@code present}, {@code mismatch}, or the word and the detail for the rest. */
    static String jsonValue(KeySync sync) {
        return switch (sync.status()) {
            case IMPORTED, PRESENT, MISMATCH -> word(sync.status());
            default -> word(sync.status()) + ": " + sync.detail();
        };
    }

    private static String word(KeySyncStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
