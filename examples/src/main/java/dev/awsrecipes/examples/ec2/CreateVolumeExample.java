package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.examples.Usage;

/** E7: a new volume attached to an instance. Usage: {@code CreateVolumeExample INSTANCE_ID SIZE_GIB DEVICE}. */
public final class CreateVolumeExample {
    private CreateVolumeExample() {}

    public static void main(String[] args) {
        Usage.require(args.length == 3, "CreateVolumeExample INSTANCE_ID SIZE_GIB /dev/sdf");
        try (Aws aws = Aws.create()) {
            System.out.println(Ec2Recipes.using(aws).createVolume(args[0], Integer.parseInt(args[1]), args[2]));
        }
    }
}
