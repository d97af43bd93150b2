package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.TestWaits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.Volume;

/**
 * Runs {@code aws-recipes} in-process against LocalStack as a fresh account, launches the instances a
 * test needs with the SDK, and on close removes every instance, volume, snapshot of those volumes and
 * Elastic IP of that account in the regions used.
 */
final class InstanceCli implements AutoCloseable {
    /** An image LocalStack knows in every region, whose root device is {@code /dev/sda1}. */
    static final String AMI = "ami-1e749f67";

    final LocalStack localStack;
    final String accountId = LocalStack.newAccountId();
    final Aws aws;
    private final List<Region> regions = new ArrayList<>();

    InstanceCli(LocalStack localStack) {
        this.localStack = localStack;
        this.aws = localStack.sessionForAccount(accountId);
        this.regions.add(localStack.region());
    }

    /** Runs the command as this test's account, against LocalStack. */
    CliResult run(String... args) {
        return CliRun.asAccount(localStack, accountId, args);
    }

    /** Runs a command line with exactly this environment. */
    static CliResult runWith(Environment env, String... args) {
        return CliRun.withEnvironment(env, args);
    }

    Ec2Client ec2() {
        return aws.client(Ec2Recipes.EC2);
    }

    /** A running instance of the default region; removed in close(). */
    Instance launch(Consumer<RunInstancesRequest.Builder> adjust) {
        return launchIn(localStack.region(), adjust);
    }

    /** A running instance of the region; removed in close(). */
    Instance launchIn(Region region, Consumer<RunInstancesRequest.Builder> adjust) {
        if (!regions.contains(region)) {
            regions.add(region);
        }
        RunInstancesRequest.Builder request = RunInstancesRequest.builder()
                .imageId(AMI)
                .instanceType("t3.micro")
                .minCount(1)
                .maxCount(1);
        adjust.accept(request);
        return aws.client(Ec2Recipes.EC2, region)
                .runInstances(request.build())
                .instances()
                .get(0);
    }

    /** A new volume attached to the instance at the device. */
    String attachNewVolume(Instance instance, String device) {
        String volumeId = ec2().createVolume(
                        r -> r.availabilityZone(instance.placement().availabilityZone())
                                .size(1))
                .volumeId();
        ec2().waiter().waitUntilVolumeAvailable(r -> r.volumeIds(volumeId), TestWaits.FAST);
        ec2().attachVolume(r ->
                r.volumeId(volumeId).instanceId(instance.instanceId()).device(device));
        ec2().waiter().waitUntilVolumeInUse(r -> r.volumeIds(volumeId), TestWaits.FAST);
        return volumeId;
    }

    Instance describe(String instanceId) {
        return ec2().describeInstances(r -> r.instanceIds(instanceId))
                .reservations()
                .get(0)
                .instances()
                .get(0);
    }

    @Override
    public void close() {
        try {
            for (Region region : regions) {
                cleanUp(aws.client(Ec2Recipes.EC2, region));
            }
        } finally {
            aws.close();
        }
    }

    private static void cleanUp(Ec2Client ec2) {
        // Volume ids before termination: root volumes vanish with their instance, their snapshots do not.
        List<String> volumesBefore =
                ec2.describeVolumes().volumes().stream().map(Volume::volumeId).toList();
        List<String> live = ec2.describeInstancesPaginator().reservations().stream()
                .flatMap(r -> r.instances().stream())
                .filter(i -> !i.state().nameAsString().equals("terminated"))
                .map(Instance::instanceId)
                .toList();
        if (!live.isEmpty()) {
            ec2.terminateInstances(r -> r.instanceIds(live));
            ec2.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(live), TestWaits.FAST);
        }
        ec2.describeAddresses().addresses().forEach(a -> {
            if (a.associationId() != null) {
                ec2.disassociateAddress(r -> r.associationId(a.associationId()));
            }
            ec2.releaseAddress(r -> r.allocationId(a.allocationId()));
        });
        if (!volumesBefore.isEmpty()) {
            // Only snapshots of this account's own volumes: the images' snapshots are not ours to delete.
            ec2.describeSnapshots(r -> r.ownerIds("self")
                            .filters(Filter.builder()
                                    .name("volume-id")
                                    .values(volumesBefore)
                                    .build()))
                    .snapshots()
                    .forEach(s -> ec2.deleteSnapshot(r -> r.snapshotId(s.snapshotId())));
        }
        ec2.describeVolumes().volumes().forEach(v -> ec2.deleteVolume(r -> r.volumeId(v.volumeId())));
    }
}
