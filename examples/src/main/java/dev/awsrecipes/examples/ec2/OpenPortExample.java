package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.PortOpening;
import dev.awsrecipes.ec2.PortRule;
import dev.awsrecipes.examples.Usage;

/**
 * E13: asks EC2 (dry run) whether a CIDR can be let in on a port of a group, then does it. Usage:
 * {@code OpenPortExample GROUP PORT CIDR}.
 */
public final class OpenPortExample {
    private OpenPortExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 3, "OpenPortExample GROUP PORT CIDR");
        int port = Integer.parseInt(args[1]);
        try (Aws aws = Aws.create()) {
            Ec2Recipes ec2 = Ec2Recipes.using(aws);
            PortOpening dryRun = ec2.openPort(
                    p -> p.groups(args[0]).ports(port).cidr(args[2]).dryRun(true));
            dryRun.rules().forEach(r -> System.out.println("dry run: " + r.outcome() + " " + r.detail()));
            if (dryRun.allSucceeded()) {
                for (PortRule rule : ec2.openPort(
                                p -> p.groups(args[0]).ports(port).cidr(args[2]))
                        .rules()) {
                    System.out.println(
                            rule.groupName() + " " + rule.ports() + " from " + rule.cidr() + ": " + rule.outcome());
                }
            }
        }
    }
}
