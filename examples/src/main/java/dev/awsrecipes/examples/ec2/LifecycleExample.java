package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.InstanceGroups;
import dev.awsrecipes.ec2.LifecycleAction;
import dev.awsrecipes.ec2.LifecycleResult;
import dev.awsrecipes.examples.Usage;
import java.nio.file.Path;

/**
 * E14: starts or stops a named group of instances of a YAML file, after a dry run. Usage: {@code
 * LifecycleExample start|stop GROUPS.yml GROUP}.
 */
public final class LifecycleExample {
    private LifecycleExample() {}

    public static void main(String[] args) {
        Usage.require(
                args.length == 3 && (args[0].equals("start") || args[0].equals("stop")),
                "LifecycleExample start|stop GROUPS.yml GROUP");
        LifecycleAction action = args[0].equals("start") ? LifecycleAction.START : LifecycleAction.STOP;
        InstanceGroups groups = InstanceGroups.read(Path.of(args[1]));
        try (Aws aws = Aws.create()) {
            Ec2Recipes ec2 = Ec2Recipes.using(aws);
            LifecycleResult dry = ec2.changeGroupState(groups, args[2], action, true);
            System.out.println("dry run: " + (dry.wouldSucceed() ? "would succeed" : dry.message()));
            if (dry.wouldSucceed()) {
                ec2.changeGroupState(groups, args[2], action, false)
                        .changes()
                        .forEach(c -> System.out.println(
                                c.instanceId() + ": " + c.previousState() + " -> " + c.currentState()));
            }
        }
    }
}
