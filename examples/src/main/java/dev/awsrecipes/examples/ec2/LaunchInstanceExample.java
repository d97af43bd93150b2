package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.LaunchedInstance;
import dev.awsrecipes.examples.Usage;

/**
 * E1: launches one instance with the default keypair ({@code ~/.ssh/aws-recipes.pem}, created when
 * missing) and SSH security group, open to the given CIDR. Usage: {@code LaunchInstanceExample AMI
 * [CIDR, default 0.0.0.0/0]}. It leaves the instance running: terminate it when done.
 */
public final class LaunchInstanceExample {
    private LaunchInstanceExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 1, "LaunchInstanceExample AMI [CIDR]");
        String cidr = args.length > 1 ? args[1] : "0.0.0.0/0";
        try (Aws aws = Aws.create()) {
            LaunchedInstance instance =
                    Ec2Recipes.using(aws).launchInstance(l -> l.ami(args[0]).cidr(cidr));
            System.out.println("launched " + instance);
            if (instance.keyFile() != null) {
                System.out.println("ssh -i " + instance.keyFile() + " ec2-user@" + instance.publicIp());
            }
        }
    }
}
