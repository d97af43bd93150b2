package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.LocalStack;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/**
 * A fresh LocalStack account for one test, and on close the removal of every instance, keypair and
 * non-default security group the test made in the regions it used, so nothing is left behind.
 */
final class LaunchTestAccount implements AutoCloseable {
    final Aws aws;
    final String accountId;
    private final java.util.Set<Region> regions = new java.util.LinkedHashSet<>();

    LaunchTestAccount(LocalStack localStack, Region... extraRegions) {
        this.accountId = LocalStack.newAccountId();
        this.aws = localStack.sessionForAccount(accountId);
        this.regions.add(localStack.region());
        this.regions.addAll(List.of(extraRegions));
    }

    /** Cleans these regions up too when closed. */
    void alsoClean(java.util.Collection<Region> more) {
        regions.addAll(more);
    }

    Ec2Client ec2() {
        return aws.client(Ec2Recipes.EC2);
    }

    Ec2Client ec2(Region region) {
        return aws.client(Ec2Recipes.EC2, region);
    }

    /** An image LocalStack knows (it ships moto's list of AMIs). */
    String anyImageId() {
        return ec2().describeImages(r -> r.filters(
                        Filter.builder().name("name").values("ubuntu*").build()))
                .images()
                .get(0)
                .imageId();
    }

    List<Instance> instances(Region region) {
        return ec2(region).describeInstancesPaginator().reservations().stream()
                .flatMap(r -> r.instances().stream())
                .toList();
    }

    @Override
    public void close() {
        try {
            for (Region region : regions) {
                Ec2Client ec2 = ec2(region);
                List<String> live = instances(region).stream()
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
                        .map(SecurityGroup::groupId)
                        .forEach(id -> ec2.deleteSecurityGroup(r -> r.groupId(id)));
            }
        } finally {
            aws.close();
        }
    }
}
