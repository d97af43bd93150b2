package dev.awsrecipes.cli.s3;

import dev.awsrecipes.s3.KeyFilter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --include GLOB} and {@code --exclude GLOB}, repeatable and read in the order given, the last rule
 * that matches deciding (as the AWS CLI reads them). The two options share one list, filled by picocli in
 * command-line order through the setters.
 */
public final class FilterOptions {
    private final List<String[]> rules = new ArrayList<>();

    @Option(
            names = "--include",
            paramLabel = "GLOB",
            description = "Take names matching GLOB (* any run, / included; ? one character), relative to the source"
                    + " folder; read in order with --exclude, the last match deciding. Repeatable.")
    void include(List<String> patterns) {
        patterns.subList(countOf("include"), patterns.size()).forEach(p -> rules.add(new String[] {"include", p}));
    }

    @Option(
            names = "--exclude",
            paramLabel = "GLOB",
            description = "Leave out names matching GLOB, e.g. --exclude '*.tmp'; read in order with --include."
                    + " Repeatable.")
    void exclude(List<String> patterns) {
        patterns.subList(countOf("exclude"), patterns.size()).forEach(p -> rules.add(new String[] {"exclude", p}));
    }

    private int countOf(String kind) {
        return (int) rules.stream().filter(r -> r[0].equals(kind)).count();
    }

    /** The filter the options give; every name when none was given. */
    public KeyFilter filter() {
        KeyFilter.Builder filter = KeyFilter.builder();
        for (String[] rule : rules) {
            if (rule[0].equals("include")) {
                filter.include(rule[1]);
            } else {
                filter.exclude(rule[1]);
            }
        }
        return filter.build();
    }
}
