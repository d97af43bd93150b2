package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.ClonedInstance;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.examples.Usage;

/** E10: clones an instance from fresh snapshots. Usage: {@code CloneInstanceExample INSTANCE_ID}. */
public final class CloneInstanceExample {
    private CloneInstanceExample() {}

    public static void main(String[] args) {
        Usage.require(args.length == 1, "CloneInstanceExample INSTANCE_ID");
        try (Aws aws = Aws.create()) {
            ClonedInstance clone = Ec2Recipes.using(aws)
                    .cloneInstance(c -> c.sourceInstanceId(args[0]).freshSnapshots(true));
            System.out.println("clone: " + clone.instanceId() + " (" + clone.state() + ")");
            clone.volumesFromSnapshots().forEach(v -> System.out.println("  copied " + v));
            clone.volumesWithoutSnapshot().forEach(v -> System.out.println("  NOT copied " + v));
        }
    }
}
