package dev.awsrecipes.ec2;

import java.util.List;

/**
 * What {@link LaunchRecipes#openPort} did, one entry per (group, port range).
 *
 * @param dryRun whether it was a dry run
 * @param rules the outcome per rule
 */
public record PortOpening(boolean dryRun, List<PortRule> rules) {
    /** Copies the rules, so the result never changes. */
    public PortOpening {
        rules = List.copyOf(rules);
    }

    /** Whether every rule is in place (or, in a dry run, would be). */
    public boolean allSucceeded() {
        return rules.stream().noneMatch(r -> r.outcome() == PortRule.Outcome.WOULD_FAIL);
    }
}
