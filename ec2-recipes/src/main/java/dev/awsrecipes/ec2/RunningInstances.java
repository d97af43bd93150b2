package dev.awsrecipes.ec2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@link InstanceRecipes#findAllRunning()} found: account name → region id → the running
 * instances there, for every pair that could be searched (a searched pair with no instance maps to an
 * empty list; an account none of whose regions could be searched is absent), plus one {@link
 * RegionFailure} for every pair that could not. A failure never hides the other results.
 *
 * @param accounts account name → region id → running instances, in the order searched
 * @param errors the pairs that failed
 */
public record RunningInstances(Map<String, Map<String, List<RunningInstance>>> accounts, List<RegionFailure> errors) {

    /** Copies every level of the map, so the result never changes. */
    public RunningInstances {
        Map<String, Map<String, List<RunningInstance>>> copy = new LinkedHashMap<>();
        accounts.forEach((account, regions) -> {
            Map<String, List<RunningInstance>> byRegion = new LinkedHashMap<>();
            regions.forEach((region, instances) -> byRegion.put(region, List.copyOf(instances)));
            copy.put(account, Collections.unmodifiableMap(byRegion));
        });
        accounts = Collections.unmodifiableMap(copy);
        errors = List.copyOf(errors);
    }

    /** How many running instances were found in all accounts and regions. */
    public int count() {
        return accounts.values().stream()
                .flatMap(regions -> regions.values().stream())
                .mapToInt(List::size)
                .sum();
    }

    /** Every instance found, whatever its account and region. */
    public List<RunningInstance> all() {
        return accounts.values().stream()
                .flatMap(regions -> regions.values().stream())
                .flatMap(List::stream)
                .toList();
    }

    /** Only the regions that have at least one running instance; every account stays, maybe empty. */
    public Map<String, Map<String, List<RunningInstance>>> nonEmpty() {
        Map<String, Map<String, List<RunningInstance>>> result = new LinkedHashMap<>();
        accounts.forEach((account, regions) -> result.put(
                account,
                regions.entrySet().stream()
                        .filter(e -> !e.getValue().isEmpty())
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new))));
        return result;
    }

    /**
     * A report for people: one block per account, one line per instance (region, id, type, launch
     * time, tags), then the failures.
     */
    public String report() {
        return report(Function.identity());
    }

    /**
     * {@link #report()} with each account shown as the label gives it, e.g. an organization account's
     * id with its name: {@code 111122223333 (dev)}.
     *
     * @param label account name → what to show for it
     * @return the report
     */
    public String report(Function<String, String> label) {
        StringBuilder out = new StringBuilder();
        nonEmpty().forEach((account, regions) -> {
            int n = regions.values().stream().mapToInt(List::size).sum();
            out.append("account ")
                    .append(label.apply(account))
                    .append(": ")
                    .append(n)
                    .append(" running\n");
            regions.forEach((region, instances) -> instances.forEach(i -> out.append(String.format(
                    "  %-15s %-20s %-12s %s %s\n",
                    region, i.instanceId(), i.instanceType(), i.launchTime(), formatTags(i.tags())))));
        });
        for (RegionFailure failure : errors) {
            out.append("error in account ").append(label.apply(failure.account()));
            if (!failure.isAccountFailure()) {
                out.append(", region ").append(failure.region());
            }
            out.append(": ").append(failure.message()).append('\n');
        }
        out.append(count())
                .append(" running instance(s), ")
                .append(errors.size())
                .append(" error(s)\n");
        return out.toString();
    }

    private static String formatTags(Map<String, String> tags) {
        return tags.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
