package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.examples.Usage;

/** E8: snapshots every volume of an instance and waits. Usage: {@code SnapshotVolumesExample INSTANCE_ID}. */
public final class SnapshotVolumesExample {
    private SnapshotVolumesExample() {}

    public static void main(String[] args) {
        Usage.require(args.length == 1, "SnapshotVolumesExample INSTANCE_ID");
        try (Aws aws = Aws.create()) {
            Ec2Recipes.using(aws)
                    .snapshotVolumes(s -> s.instanceId(args[0]).waitForCompletion(true))
                    .snapshots()
                    .forEach(s -> System.out.println(s.device() + " " + s.volumeId() + " -> " + s.snapshotId()));
        }
    }
}
