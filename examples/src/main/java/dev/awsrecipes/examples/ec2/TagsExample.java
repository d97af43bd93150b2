package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.TaggedInstance;
import dev.awsrecipes.ec2.Tags;
import dev.awsrecipes.examples.Usage;
import java.util.Map;

/**
 * E2: tags a resource with KEY=VALUE, then lists the instances that carry that tag. Usage: {@code
 * TagsExample RESOURCE_ID KEY=VALUE}.
 */
public final class TagsExample {
    private TagsExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 2, "TagsExample RESOURCE_ID KEY=VALUE");
        Map.Entry<String, String> tag = Tags.parse(args[1]);
        try (Aws aws = Aws.create()) {
            Ec2Recipes ec2 = Ec2Recipes.using(aws);
            ec2.addTags(args[0], Map.of(tag.getKey(), tag.getValue()));
            for (TaggedInstance i : ec2.findInstancesByTag(tag.getKey(), tag.getValue())) {
                System.out.println(i.instanceId() + " " + i.instanceType() + " " + i.state() + " " + i.tags());
            }
        }
    }
}
