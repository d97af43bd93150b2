package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.ElasticIp;
import dev.awsrecipes.examples.Usage;

/**
 * E6: gives an instance an Elastic IP, then (with {@code --release}) takes it away again. Usage: {@code
 * ElasticIpExample INSTANCE_ID [--release]}.
 */
public final class ElasticIpExample {
    private ElasticIpExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 1, "ElasticIpExample INSTANCE_ID [--release]");
        try (Aws aws = Aws.create()) {
            Ec2Recipes ec2 = Ec2Recipes.using(aws);
            ElasticIp ip = ec2.associateAddress(ec2.allocateAddress().allocationId(), args[0]);
            System.out.println(args[0] + " is now reachable at " + ip.publicIp() + " (" + ip.allocationId() + ")");
            if (args.length > 1 && args[1].equals("--release")) {
                ec2.disassociateAddress(ip.allocationId());
                ec2.releaseAddress(ip.allocationId());
                System.out.println("released " + ip.publicIp());
            }
        }
    }
}
