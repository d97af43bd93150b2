package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.testing.LocalStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;

/**
 * Runs {@code aws-recipes} in-process against LocalStack as a fresh account, and on close removes every
 * instance, keypair and non-default security group of that account in the regions used.
 */
final class LaunchCli implements AutoCloseable {
    final LocalStack localStack;
    final String accountId = LocalStack.newAccountId();
    final Aws aws;
    private final List<Region> regions = new ArrayList<>();

    LaunchCli(LocalStack localStack, Region... regions) {
        this.localStack = localStack;
        this.aws = localStack.sessionForAccount(accountId);
        this.regions.add(localStack.region());
        this.regions.addAll(List.of(regions));
    }

    /** Runs the command as this test's account, against LocalStack. */
    CliResult run(String... args) {
        return CliRun.asAccount(localStack, accountId, args);
    }

    Ec2Client ec2() {
        return aws.client(Ec2Recipes.EC2);
    }

    Ec2Client ec2(Region region) {
        return aws.client(Ec2Recipes.EC2, region);
    }

    List<Instance> instances() {
        return ec2().describeInstancesPaginator().reservations().stream()
                .flatMap(r -> r.instances().stream())
                .toList();
    }

    @Override
    public void close() {
        try {
            for (Region region : regions) {
                Ec2Client ec2 = ec2(region);
                List<String> live = ec2.describeInstancesPaginator().reservations().stream()
                        .flatMap(r -> r.instances().stream())
                        .filter(i -> !i.state().nameAsString().equals("terminated"))
                        .map(Instance::instanceId)
                        .toList();
                if (!live.isEmpty()) {
                    ec2.terminateInstances(r -> r.instanceIds(live));
                    ec2.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(live), w -> w.waitTimeout(
                                    Duration.ofSeconds(60))
                            .maxAttempts(30));
                }
                ec2.describeKeyPairs().keyPairs().forEach(k -> ec2.deleteKeyPair(r -> r.keyName(k.keyName())));
                ec2.describeSecurityGroups().securityGroups().stream()
                        .filter(g -> !g.groupName().equals("default"))
                        .forEach(g -> ec2.deleteSecurityGroup(r -> r.groupId(g.groupId())));
            }
        } finally {
            aws.close();
        }
    }
}
