package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.examples.Usage;

/** E9: a new volume from a volume's latest snapshot. Usage: {@code RestoreVolumeExample VOLUME_ID [ZONE]}. */
public final class RestoreVolumeExample {
    private RestoreVolumeExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 1, "RestoreVolumeExample VOLUME_ID [AVAILABILITY_ZONE]");
        try (Aws aws = Aws.create()) {
            System.out.println(Ec2Recipes.using(aws).restoreVolume(args[0], args.length > 1 ? args[1] : null));
        }
    }
}
