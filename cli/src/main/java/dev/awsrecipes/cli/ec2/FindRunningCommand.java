package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.cli.RegionNames;
import dev.awsrecipes.core.AccountSet;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.RunningInstance;
import dev.awsrecipes.ec2.RunningInstances;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;

/** {@code aws-recipes find-running}: E11, every running instance of some accounts in some regions. */
@Command(
        name = "find-running",
        description = "List the running instances of every account (profile, or organization account) in every"
                + " region, searched concurrently; failures are listed beside the results. Exit status 1 when"
                + " an account or region failed.")
public final class FindRunningCommand extends RecipeCommand<RunningInstances> {
    @Option(
            names = "--profiles",
            split = ",",
            paramLabel = "a,b",
            description = "Named profiles to search, one account each; the session's own account otherwise.")
    List<String> profiles;

    @Option(
            names = "--regions",
            split = ",",
            paramLabel = "r1,r2|all",
            description = "Regions to search, or all (every region each account has enabled, the default).")
    List<String> regions;

    @Mixin
    OrganizationOptions organization;

    private String sessionName = "default";

    @Override
    protected void validate() {
        organization.validate();
        if (profiles != null && organization.enabled()) {
            throw new InvalidArgumentException(null, "--profiles and --organization cannot be combined: choose one");
        }
        if (profiles != null) {
            AccountSet.ofProfiles(profiles);
        }
        parsedRegions();
    }

    /** The regions asked for; empty for all. */
    List<Region> parsedRegions() {
        return RegionNames.list("--regions", regions);
    }

    /** A blank profile is refused by the library's own rule, which names the profile's name. */
    @Override
    protected Map<String, String> optionsForArguments() {
        Map<String, String> options = new HashMap<>(OrganizationOptions.OPTIONS_FOR_ARGUMENTS);
        options.put("profileName", "--profiles");
        return options;
    }

    /** Its session is configured for organizations (more attempts), so it is never another line's. */
    @Override
    protected boolean sharesSession() {
        return false;
    }

    @Override
    protected Aws.Builder configure(Aws.Builder builder) {
        return profiles == null ? organization.configure(builder) : builder.accounts(AccountSet.ofProfiles(profiles));
    }

    @Override
    protected RunningInstances run(Aws aws) {
        sessionName = aws.profileName().orElse("default");
        List<Region> chosen = parsedRegions();
        Ec2Recipes ec2 = Ec2Recipes.using(organization.context(aws));
        return chosen.isEmpty() ? ec2.findAllRunning() : ec2.findAllRunning(chosen);
    }

    @Override
    protected void printText(PrintWriter out, RunningInstances result) {
        out.print(organization.enabled() ? result.report(organization::label) : result.report());
    }

    /** The session's own account is named after its profile, as the other accounts are. */
    private String accountName(String name) {
        return profiles == null && name.equals("default") ? sessionName : name;
    }

    @Override
    protected Object jsonView(RunningInstances result) {
        if (organization.enabled()) {
            return organizationJson(result);
        }
        Map<String, Object> accounts = new LinkedHashMap<>();
        result.nonEmpty().forEach((account, byRegion) -> {
            Map<String, Object> regionsJson = new LinkedHashMap<>();
            byRegion.forEach((region, instances) -> regionsJson.put(
                    region,
                    // Each instance as its record: instanceId, instanceType, launchTime, tags.
                    instances));
            accounts.put(accountName(account), regionsJson);
        });
        List<Error> errors = result.errors().stream()
                .map(f -> new Error(accountName(f.account()), f.region(), f.message()))
                .toList();
        return new Json(accounts, errors);
    }

    /** With --organization: each account by id, with its name beside its regions; errors name both. */
    private OrganizationJson organizationJson(RunningInstances result) {
        Map<String, OrganizationAccount> accounts = new LinkedHashMap<>();
        result.nonEmpty()
                .forEach((id, byRegion) -> accounts.put(
                        id,
                        new OrganizationAccount(
                                organization.displayName(id).orElse(null), new LinkedHashMap<>(byRegion))));
        List<OrganizationError> errors = result.errors().stream()
                .map(f -> new OrganizationError(
                        f.account(), organization.displayName(f.account()).orElse(null), f.region(), f.message()))
                .toList();
        return new OrganizationJson(accounts, errors);
    }

    /** What {@code --json --organization} prints (CLI.md). */
    record OrganizationJson(Map<String, OrganizationAccount> accounts, List<OrganizationError> errors) {}

    /** One organization account that could be searched: its name, and its instances by region. */
    record OrganizationAccount(String name, Map<String, List<RunningInstance>> regions) {}

    /** An account (region null: its role could not be assumed) or one region of it that could not be searched. */
    record OrganizationError(String account, String name, String region, String message) {}

    /** What {@code --json} prints (CLI.md): instances by account and region, and what could not be searched. */
    record Json(Map<String, Object> accounts, List<Error> errors) {}

    /** One (account, region) that could not be searched. */
    record Error(String account, String region, String message) {}

    /** 1 when any account or region could not be searched: results beside failures are not a success. */
    @Override
    protected int exitCode(RunningInstances result) {
        return result.errors().isEmpty() ? 0 : 1;
    }
}
