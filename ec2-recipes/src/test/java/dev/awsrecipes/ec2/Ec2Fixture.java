package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.TestWaits;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;

/**
 * Instances and volumes a test needs, made directly with the SDK (so a test never depends on the
 * recipe it checks), and everything registered here deleted again in {@link #close()}.
 */
final class Ec2Fixture implements AutoCloseable {
    /** An image LocalStack knows in every region, whose root device is {@code /dev/sda1}. */
    static final String AMI = "ami-1e749f67";

    private final Aws aws;
    private final List<Runnable> cleanups = new ArrayList<>();

    Ec2Fixture(Aws aws) {
        this.aws = aws;
    }

    Ec2Client ec2() {
        return aws.client(Ec2Recipes.EC2);
    }

    Ec2Client ec2(Region region) {
        return aws.client(Ec2Recipes.EC2, region);
    }

    /** A running t3.micro in the session's default region. */
    Instance launch() {
        return launch(aws.region(), r -> {});
    }

    /** An instance in the region, with the request adjusted by the caller; terminated in close(). */
    Instance launch(Region region, Consumer<RunInstancesRequest.Builder> adjust) {
        Ec2Client ec2 = ec2(region);
        RunInstancesRequest.Builder request = RunInstancesRequest.builder()
                .imageId(AMI)
                .instanceType("t3.micro")
                .minCount(1)
                .maxCount(1);
        adjust.accept(request);
        Instance instance = ec2.runInstances(request.build()).instances().get(0);
        terminateLater(ec2, instance.instanceId());
        return instance;
    }

    /** Terminates the instance (of the default region) in close(), before volumes and snapshots go. */
    void terminateLater(String instanceId) {
        terminateLater(ec2(), instanceId);
    }

    private void terminateLater(Ec2Client ec2, String instanceId) {
        cleanups.add(() -> {
            ec2.terminateInstances(r -> r.instanceIds(instanceId));
            ec2.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(instanceId), TestWaits.FAST);
        });
    }

    /** The instance as DescribeInstances shows it now (default region). */
    Instance describe(String instanceId) {
        return ec2().describeInstances(r -> r.instanceIds(instanceId))
                .reservations()
                .get(0)
                .instances()
                .get(0);
    }

    /** Launches with the given user data (plain text, encoded here as RunInstances expects). */
    static Consumer<RunInstancesRequest.Builder> userData(String text) {
        return r ->
                r.userData(Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A volume attached to the instance at the device; deleted in close() (after its instance ends). */
    String attachNewVolume(Instance instance, int sizeGiB, String device) {
        Ec2Client ec2 = ec2();
        String volumeId = ec2.createVolume(
                        r -> r.availabilityZone(instance.placement().availabilityZone())
                                .size(sizeGiB)
                                .volumeType("gp3"))
                .volumeId();
        deleteVolumeLater(volumeId);
        ec2.waiter().waitUntilVolumeAvailable(r -> r.volumeIds(volumeId), TestWaits.FAST);
        ec2.attachVolume(
                r -> r.volumeId(volumeId).instanceId(instance.instanceId()).device(device));
        ec2.waiter().waitUntilVolumeInUse(r -> r.volumeIds(volumeId), TestWaits.FAST);
        return volumeId;
    }

    /** Deletes the volume in close(), once whatever it is attached to has ended. */
    void deleteVolumeLater(String volumeId) {
        // Registered before the instance's termination runs (cleanups run in reverse), so it runs after.
        cleanups.add(0, () -> ec2().deleteVolume(r -> r.volumeId(volumeId)));
    }

    /** Deletes the snapshot in close(). */
    void deleteSnapshotLater(String snapshotId) {
        cleanups.add(0, () -> ec2().deleteSnapshot(r -> r.snapshotId(snapshotId)));
    }

    /** Runs the step in close(), before anything registered earlier that is deleted last. */
    void later(Runnable step) {
        cleanups.add(step);
    }

    /** Undoes everything, newest first; volumes and snapshots after the instances. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (int i = cleanups.size() - 1; i >= 0; i--) {
            try {
                cleanups.get(i).run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
