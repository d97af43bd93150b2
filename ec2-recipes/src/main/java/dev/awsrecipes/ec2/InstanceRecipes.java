package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.ec2.internal.InstanceCloner;
import dev.awsrecipes.ec2.internal.RunningInstanceFinder;
import dev.awsrecipes.ec2.internal.VolumeCreator;
import dev.awsrecipes.ec2.internal.VolumeRestorer;
import dev.awsrecipes.ec2.internal.VolumeSnapshotter;
import java.util.Collection;
import java.util.function.Consumer;
import software.amazon.awssdk.regions.Region;

/**
 * Recipes over running instances: lifecycle, storage, cloning, addresses and fleet-wide search.
 *
 * <pre>{@code
 * Ec2Recipes ec2 = Ec2Recipes.using(aws);
 * System.out.print(ec2.findAllRunning().report());
 * InstanceSnapshots taken = ec2.snapshotVolumes("i-0abc");
 * ClonedInstance copy = ec2.cloneInstance(c -> c.sourceInstanceId("i-0abc").freshSnapshots(true));
 * }</pre>
 */
public interface InstanceRecipes {

    /** The session the recipes run in. */
    Aws aws();

    // ---- E11 findAllRunning ----

    /**
     * E11: the running instances of every account of the session's {@link Aws#accounts() account set}
     * in every region that account has enabled, all searched concurrently. A failing account or region
     * is reported in {@link RunningInstances#errors()}; it never hides the others.
     */
    default RunningInstances findAllRunning() {
        return new RunningInstanceFinder(aws()).findInEnabledRegions();
    }

    /** E11 for the given regions only, in every account of the session's account set. */
    default RunningInstances findAllRunning(Collection<Region> regions) {
        Check.notEmpty("regions", regions);
        regions.forEach(r -> Check.notNull("region", r));
        return new RunningInstanceFinder(aws()).find(regions);
    }

    // ---- E7 EBS volume ----

    /**
     * E7: creates a volume in the instance's availability zone, waits until it is available, attaches
     * it at the device and waits until it is attached; each wait is bounded by the session's {@link
     * Aws#waitTimeout()}.
     *
     * @param sizeGiB 1 to 16384
     * @param device a device name like {@code /dev/sdf}
     */
    default AttachedVolume createVolume(String instanceId, int sizeGiB, String device) {
        return createVolume(v -> v.instanceId(instanceId).sizeGiB(sizeGiB).device(device));
    }

    /** E7 with every option. */
    default AttachedVolume createVolume(Consumer<VolumeSpec.Builder> spec) {
        VolumeSpec.Builder builder = VolumeSpec.builder();
        spec.accept(builder);
        return new VolumeCreator(aws()).create(builder.build());
    }

    // ---- E8 snapshot ----

    /** E8: snapshots every EBS volume attached to the instance, reporting each one's device; does not wait. */
    default InstanceSnapshots snapshotVolumes(String instanceId) {
        return snapshotVolumes(s -> s.instanceId(instanceId));
    }

    /** E8 with every option, among them waiting (bounded) until every snapshot is completed. */
    default InstanceSnapshots snapshotVolumes(Consumer<SnapshotSpec.Builder> spec) {
        SnapshotSpec.Builder builder = SnapshotSpec.builder();
        spec.accept(builder);
        return new VolumeSnapshotter(aws()).snapshot(builder.build());
    }

    // ---- E9 restore ----

    /**
     * E9: a new volume from the latest completed snapshot of the volume, of the same size and in the
     * same availability zone, waited for until available (bounded by the session's wait timeout).
     */
    default RestoredVolume restoreVolume(String volumeId) {
        return restoreVolume(volumeId, null);
    }

    /**
     * E9 into a chosen availability zone; required when the source volume no longer exists.
     *
     * @param availabilityZone the zone, or null for the source volume's
     */
    default RestoredVolume restoreVolume(String volumeId, String availabilityZone) {
        Check.notBlank("volumeId", volumeId);
        if (availabilityZone != null) {
            Check.notBlank("availabilityZone", availabilityZone);
        }
        return new VolumeRestorer(aws()).restore(volumeId, availabilityZone, aws().waitTimeout());
    }

    // ---- E10 clone ----

    /**
     * E10: launches a copy of the instance from its latest snapshots, without taking new ones. See
     * {@link #cloneInstance(Consumer)}.
     */
    default ClonedInstance cloneInstance(String sourceInstanceId) {
        return cloneInstance(c -> c.sourceInstanceId(sourceInstanceId));
    }

    /**
     * E10: launches a copy of an instance — same AMI, keypair, security groups, instance type,
     * kernel and ramdisk if set, monitoring, placement and user data — whose non-root EBS volumes are
     * made from each volume's latest completed snapshot. Volumes without a snapshot are listed in
     * {@link ClonedInstance#volumesWithoutSnapshot()}. With {@code freshSnapshots(true)} the volumes are
     * snapshotted first and the snapshots waited for.
     */
    default ClonedInstance cloneInstance(Consumer<CloneSpec.Builder> spec) {
        CloneSpec.Builder builder = CloneSpec.builder();
        spec.accept(builder);
        return new InstanceCloner(aws()).cloneInstance(builder.build());
    }
}
