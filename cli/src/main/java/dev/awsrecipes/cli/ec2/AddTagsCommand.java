package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.Tags;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes add-tags}: E2, tags on any EC2 resources. */
@Command(name = "add-tags", description = "Add (or overwrite) tags on EC2 resources: instances, volumes, groups...")
public final class AddTagsCommand extends RecipeCommand<Map<String, Object>> {
    @Option(
            names = "--resource-id",
            required = true,
            split = ",",
            paramLabel = "ID",
            description = "Resource id(s), e.g. i-0abc1234; repeatable.")
    List<String> resourceIds = new ArrayList<>();

    @Option(
            names = "--tag",
            required = true,
            paramLabel = "KEY[=VALUE]",
            description = "A tag, KEY=VALUE or a bare KEY (empty value); repeatable.")
    List<String> tags = new ArrayList<>();

    private Map<String, String> parsed;

    @Override
    protected void validate() {
        parsed = Tags.parseAll(tags);
    }

    @Override
    protected Map<String, Object> run(Aws aws) {
        Ec2Recipes.using(aws).addTags(resourceIds, parsed);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("resources", resourceIds);
        result.put("tags", parsed);
        return result;
    }

    @Override
    protected void printText(PrintWriter out, Map<String, Object> result) {
        out.println("tagged " + String.join(", ", resourceIds) + " with " + parsed);
    }
}
