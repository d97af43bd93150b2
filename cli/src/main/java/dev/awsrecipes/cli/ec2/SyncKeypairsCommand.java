package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.RegionNames;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.AccountKeySyncs;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.KeySync;
import dev.awsrecipes.ec2.KeySyncReport;
import dev.awsrecipes.ec2.KeySyncStatus;
import dev.awsrecipes.ec2.RegionFailure;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;

/** {@code aws-recipes sync-keypairs}: E5, one keypair in every region, mismatches reported. */
@Command(
        name = "sync-keypairs",
        description = "Import a public key under one name in every region (or the given ones), concurrently;"
                + " report per region: imported, present, mismatch (same name, different key; never deleted),"
                + " skipped (not opted in) or the error; with --organization, in every account of the organization."
                + " Exit status 1 when a region or an account failed.")
public final class SyncKeypairsCommand extends KeyPairCommand<SyncKeypairsCommand.Result> {
    @Option(
            names = "--regions",
            split = ",",
            paramLabel = "r1,r2|all",
            description = "Regions to sync; all (default) means every region DescribeRegions lists.")
    List<String> regions;

    @Mixin
    OrganizationOptions organization;

    private List<Region> regionList;

    /** The session's own report, or, with --organization, every account's. Exactly one is there. */
    record Result(KeySyncReport single, AccountKeySyncs organization) {}

    @Override
    protected void validate() {
        organization.validate();
        regionList = RegionNames.list("--regions", regions);
    }

    @Override
    protected Map<String, String> optionsForArguments() {
        Map<String, String> options = new HashMap<>(super.optionsForArguments());
        options.putAll(OrganizationOptions.OPTIONS_FOR_ARGUMENTS);
        return options;
    }

    /** Its session is configured for organizations (more attempts), so it is never another line's. */
    @Override
    protected boolean sharesSession() {
        return false;
    }

    @Override
    protected Aws.Builder configure(Aws.Builder builder) {
        return organization.configure(builder);
    }

    @Override
    protected Result run(Aws aws) {
        Ec2Recipes ec2 = Ec2Recipes.using(organization.context(aws));
        if (organization.enabled()) {
            return new Result(
                    null,
                    regionList.isEmpty()
                            ? ec2.syncKeypairsInAccounts(keyPair.keyName, keyPair.publicKey)
                            : ec2.syncKeypairsInAccounts(keyPair.keyName, keyPair.publicKey, regionList));
        }
        return new Result(
                regionList.isEmpty()
                        ? ec2.syncKeypairs(keyPair.keyName, keyPair.publicKey)
                        : ec2.syncKeypairs(keyPair.keyName, keyPair.publicKey, regionList),
                null);
    }

    @Override
    protected void printText(PrintWriter out, Result result) {
        if (result.single() != null) {
            printReport(out, result.single(), "");
            return;
        }
        result.organization().accounts().forEach((account, report) -> {
            out.println("account " + organization.label(account));
            printReport(out, report, "  ");
        });
        for (RegionFailure failure : result.organization().errors()) {
            out.println("error in account " + organization.label(failure.account()) + ": " + failure.message());
        }
    }

    private static void printReport(PrintWriter out, KeySyncReport report, String indent) {
        out.println(indent + "keypair " + report.keyName() + " (local fingerprint " + report.localFingerprint() + ")");
        for (KeySync sync : report.regions()) {
            out.printf(
                    Locale.ROOT, "%s%-16s %-10s %s%n", indent, sync.region().id(), word(sync.status()), sync.detail());
        }
    }

    @Override
    protected Object jsonView(Result result) {
        if (result.single() != null) {
            return Map.of("regions", byRegion(result.single()));
        }
        Map<String, OrganizationAccount> accounts = new LinkedHashMap<>();
        result.organization()
                .accounts()
                .forEach((account, report) -> accounts.put(
                        account,
                        new OrganizationAccount(
                                organization.displayName(account).orElse(null), byRegion(report))));
        List<OrganizationError> errors = result.organization().errors().stream()
                .map(f -> new OrganizationError(
                        f.account(), organization.displayName(f.account()).orElse(null), f.message()))
                .toList();
        return new OrganizationJson(accounts, errors);
    }

    private static Map<String, String> byRegion(KeySyncReport report) {
        Map<String, String> byRegion = new LinkedHashMap<>();
        for (KeySync sync : report.regions()) {
            byRegion.put(sync.region().id(), jsonValue(sync));
        }
        return byRegion;
    }

    /** What {@code --json --organization} prints (CLI.md). */
    record OrganizationJson(Map<String, OrganizationAccount> accounts, List<OrganizationError> errors) {}

    /** One organization account that could be synced: its name, and the outcome per region. */
    record OrganizationAccount(String name, Map<String, String> regions) {}

    /** An account that could not be synced at all (its role could not be assumed, or its regions listed). */
    record OrganizationError(String account, String name, String message) {}

    @Override
    protected int exitCode(Result result) {
        if (result.single() != null) {
            return result.single().regionsWith(KeySyncStatus.ERROR).isEmpty() ? 0 : 1;
        }
        return result.organization().anyFailed() ? 1 : 0;
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
