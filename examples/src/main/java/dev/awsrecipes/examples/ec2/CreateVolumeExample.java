package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;

/** E7: a new volume attached to an instance. Usage: {@code CreateVolumeExample INSTANCE_ID SIZE_GIB DEVICE}. */
public final class CreateVolumeExample {
    private CreateVolumeExample() {}

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: CreateVolumeExample INSTANCE_ID SIZE_GIB /dev/sdf");
            System.exit(2);
        }
        try (Aws aws = Aws.create()) {
            System.out.println(Ec2Recipes.using(aws).createVolume(args[0], Integer.parseInt(args[1]), args[2]));
        }
    }
}
