package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.TaggedInstance;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes find-by-tag}: E2, instances that have a tag key, or a key=value. */
@Command(name = "find-by-tag", description = "List the instances (any state) with a tag KEY, or KEY=VALUE.")
public final class FindByTagCommand extends RecipeCommand<List<TaggedInstance>> {
    @Option(names = "--tag", required = true, paramLabel = "KEY[=VALUE]", description = "Tag key, or key=value.")
    String tag;

    @Override
    protected List<TaggedInstance> run(Aws aws) {
        int eq = tag.indexOf('=');
        Ec2Recipes ec2 = Ec2Recipes.using(aws);
        return eq < 0
                ? ec2.findInstancesByTag(tag)
                : ec2.findInstancesByTag(tag.substring(0, eq), tag.substring(eq + 1));
    }

    @Override
    protected void printText(PrintWriter out, List<TaggedInstance> result) {
        for (TaggedInstance i : result) {
            out.printf(
                    Locale.ROOT,
                    "%-20s %-12s %-10s %s%n",
                    i.instanceId(),
                    i.instanceType(),
                    i.state(),
                    new TreeMap<>(i.tags()));
        }
    }

    @Override
    protected Object jsonView(List<TaggedInstance> result) {
        return Map.of("instances", result);
    }
}
