package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.FanOutResult;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.core.RegionalOutcome;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.RegionFailure;
import dev.awsrecipes.ec2.RunningInstance;
import dev.awsrecipes.ec2.RunningInstances;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.sts.model.StsException;

/** E11: the running instances of every account of the session × every region, searched concurrently. */
record RunningInstanceFinder(RecipeContext context) {
    private static final Logger LOG = LoggerFactory.getLogger(RunningInstanceFinder.class);

    /** Searches the given regions in every account. */
    public RunningInstances find(Collection<Region> regions) {
        List<Account> accounts = context.accounts().asList();
        Map<Account, Set<Region>> searchable = new LinkedHashMap<>();
        accounts.forEach(a -> searchable.put(a, new LinkedHashSet<>(regions)));
        return search(searchable, List.of());
    }

    /**
     * Searches every region each account has enabled: first one {@code DescribeRegions} per account (an
     * account that cannot even list its regions is reported, not fatal), then every (account, region).
     */
    public RunningInstances findInEnabledRegions() {
        List<Account> accounts = context.accounts().asList();
        Region home = context.region();
        FanOutResult<List<Region>> listed = context.fanOut(accounts, List.of(home), this::enabledRegions);
        Map<Account, Set<Region>> searchable = new LinkedHashMap<>();
        List<RegionFailure> failures = new ArrayList<>();
        for (RegionalOutcome<List<Region>> outcome : listed.outcomes()) {
            if (outcome.isSuccess()) {
                searchable.put(outcome.account(), new LinkedHashSet<>(outcome.value()));
            } else {
                failures.add(failureOf(outcome.account(), home, outcome.error()));
            }
        }
        return search(searchable, failures);
    }

    private List<Region> enabledRegions(Account account, Region region) {
        return context
                .client(Ec2Recipes.EC2, region, account)
                .describeRegions(r -> r.allRegions(true))
                .regions()
                .stream()
                .filter(r -> !"not-opted-in".equals(r.optInStatus()))
                .map(r -> Region.of(r.regionName()))
                .toList();
    }

    private RunningInstances search(Map<Account, Set<Region>> searchable, List<RegionFailure> earlier) {
        Map<String, Map<String, List<RunningInstance>>> found = new LinkedHashMap<>();
        List<RegionFailure> failures = new ArrayList<>(earlier);
        if (!searchable.isEmpty()) {
            Set<Region> union = new LinkedHashSet<>();
            searchable.values().forEach(union::addAll);
            // One fan-out over the union keeps every call concurrent; a pair outside an account's own
            // regions is skipped rather than called.
            FanOutResult<List<RunningInstance>> result = context.fanOut(
                    searchable.keySet(),
                    union,
                    (account, region) -> searchable.get(account).contains(region) ? runningIn(account, region) : null);
            Set<String> unreachable = new HashSet<>();
            for (RegionalOutcome<List<RunningInstance>> outcome : result.outcomes()) {
                String account = outcome.account().name();
                if (!outcome.isSuccess()) {
                    RegionFailure failure = failureOf(outcome.account(), outcome.region(), outcome.error());
                    // An account whose role cannot be assumed fails in every region: say so once.
                    if (!failure.isAccountFailure() || unreachable.add(account)) {
                        failures.add(failure);
                    }
                } else if (outcome.value() != null) {
                    found.computeIfAbsent(account, k -> new LinkedHashMap<>())
                            .put(outcome.region().id(), outcome.value());
                }
            }
        }
        RunningInstances instances = new RunningInstances(found, failures);
        LOG.debug("found {} running instance(s), {} failed region(s)", instances.count(), failures.size());
        return instances;
    }

    /**
     * A failure to get the account's credentials (STS refused the role: not trusted, no such role, a
     * wrong external id) is the account's, not the region's.
     */
    static RegionFailure failureOf(Account account, Region region, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof StsException) {
                return RegionFailure.ofAccount(account.name(), error);
            }
        }
        return RegionFailure.of(account.name(), region.id(), error);
    }

    private List<RunningInstance> runningIn(Account account, Region region) {
        Ec2Client ec2 = context.client(Ec2Recipes.EC2, region, account);
        List<RunningInstance> running = new ArrayList<>();
        ec2.describeInstancesPaginator(r -> r.filters(Filter.builder()
                        .name("instance-state-name")
                        .values("running")
                        .build()))
                .reservations()
                .forEach(reservation -> reservation.instances().forEach(i -> running.add(toRunning(i))));
        return running;
    }

    static RunningInstance toRunning(Instance instance) {
        Map<String, String> tags = new TreeMap<>();
        for (Tag tag : instance.tags()) {
            tags.put(tag.key(), tag.value());
        }
        return new RunningInstance(instance.instanceId(), instance.instanceTypeAsString(), instance.launchTime(), tags);
    }
}
