package dev.awsrecipes.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.regions.Region;

/**
 * The outcomes of one call per (account, region) pair, in the order the pairs were given. A failure in
 * one pair never hides the others: each pair has its own value or error.
 */
public record FanOutResult<T>(List<RegionalOutcome<T>> outcomes) {

    /** Copies the outcomes, so the result never changes. */
    public FanOutResult {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * The pairs whose call returned a value.
     *
     * @return the successful outcomes, in the order given
     */
    public List<RegionalOutcome<T>> successes() {
        return outcomes.stream().filter(RegionalOutcome::isSuccess).toList();
    }

    /**
     * The pairs whose call failed.
     *
     * @return the failed outcomes, in the order given
     */
    public List<RegionalOutcome<T>> failures() {
        return outcomes.stream().filter(o -> !o.isSuccess()).toList();
    }

    /** account name → region → value, for the pairs that succeeded, in the order given. */
    public Map<String, Map<Region, T>> valuesByAccount() {
        Map<String, Map<Region, T>> result = new LinkedHashMap<>();
        for (RegionalOutcome<T> outcome : successes()) {
            result.computeIfAbsent(outcome.account().name(), k -> new LinkedHashMap<>())
                    .put(outcome.region(), outcome.value());
        }
        return result;
    }
}
