package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The {@code --include} and {@code --exclude} rules of the AWS CLI: every name is taken unless a rule says
 * otherwise, and the rules are read in the order given, the last one that matches deciding. So
 * {@code exclude("*").include("*.jpg")} takes only JPEG files, while {@code include("*.jpg").exclude("*")}
 * takes nothing. Patterns are {@link KeyGlob}s matched against the name relative to the folder being copied
 * or synced ({@code 2026/a.gz} for {@code s3://b/logs/2026/a.gz} when copying {@code s3://b/logs/}), with
 * {@code /} between the parts on every operating system.
 *
 * <pre>{@code
 * KeyFilter onlyLogs = KeyFilter.builder().exclude("*").include("*.log").build();
 * onlyLogs.test("app/today.log"); // true
 * }</pre>
 */
public final class KeyFilter implements Predicate<String> {
    private static final KeyFilter ALL = new KeyFilter(List.of());

    private final List<Rule> rules;

    private KeyFilter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The filter that takes every name. */
    public static KeyFilter all() {
        return ALL;
    }

    /** A builder; rules are kept in the order they are added. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the filter has no rule, so every name is taken. */
    public boolean takesAll() {
        return rules.isEmpty();
    }

    /** Whether the relative name is taken. */
    @Override
    public boolean test(String name) {
        boolean taken = true;
        for (Rule rule : rules) {
            if (rule.glob().matches(name)) {
                taken = rule.include();
            }
        }
        return taken;
    }

    @Override
    public String toString() {
        return rules.toString();
    }

    private record Rule(boolean include, KeyGlob glob) {
        @Override
        public String toString() {
            return (include ? "include " : "exclude ") + glob;
        }
    }

    /** Builds a {@link KeyFilter}. */
    public static final class Builder {
        private final List<Rule> rules = new ArrayList<>();

        private Builder() {}

        /** Takes the names matching the pattern, unless a later rule leaves them out. */
        public Builder include(String pattern) {
            rules.add(new Rule(true, KeyGlob.of(Check.notBlank(pattern, "include"))));
            return this;
        }

        /** Leaves out the names matching the pattern, unless a later rule takes them. */
        public Builder exclude(String pattern) {
            rules.add(new Rule(false, KeyGlob.of(Check.notBlank(pattern, "exclude"))));
            return this;
        }

        /** The filter. */
        public KeyFilter build() {
            return rules.isEmpty() ? ALL : new KeyFilter(rules);
        }
    }
}
