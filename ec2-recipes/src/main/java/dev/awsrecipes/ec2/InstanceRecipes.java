package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Aws;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.regions.Region;

/**
 * Recipes over running instances: lifecycle, storage, cloning, addresses and fleet-wide search.
 *
 * <pre>{@code
 * Ec2Recipes ec2 = Ec2Recipes.using(aws);
 * String report = ec2.findAllRunning().report(); // a printable table
 * InstanceSnapshots taken = ec2.snapshotVolumes("i-0abc");
 * ClonedInstance copy = ec2.cloneInstance(c -> c.sourceInstanceId("i-0abc").freshSnapshots(true));
 * }</pre>
 */
public interface InstanceRecipes {

    /**
     * E11: the running instances of every account of the session's {@link Aws#accounts() account set}
     * in every region that account has enabled, all searched concurrently. A failing account or region
     * is reported in {@link RunningInstances#errors()}; it never hides the others.
     */
    RunningInstances findAllRunning();

    /** E11 for the given regions only, in every account of the session's account set. */
    RunningInstances findAllRunning(Collection<Region> regions);

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
    AttachedVolume createVolume(VolumeSpec spec);

    /** E7 with the spec built in place. */
    default AttachedVolume createVolume(Consumer<VolumeSpec.Builder> spec) {
        return createVolume(VolumeSpec.builder().applyMutation(spec).build());
    }

    /** E8: snapshots every EBS volume attached to the instance, reporting each one's device; does not wait. */
    default InstanceSnapshots snapshotVolumes(String instanceId) {
        return snapshotVolumes(s -> s.instanceId(instanceId));
    }

    /** E8 with every option, among them waiting (bounded) until every snapshot is completed. */
    InstanceSnapshots snapshotVolumes(SnapshotSpec spec);

    /** E8 with the spec built in place. */
    default InstanceSnapshots snapshotVolumes(Consumer<SnapshotSpec.Builder> spec) {
        return snapshotVolumes(SnapshotSpec.builder().applyMutation(spec).build());
    }

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
     * @param volumeId the volume whose latest completed snapshot is restored
     * @param availabilityZone the zone; may be null: the source volume's
     */
    RestoredVolume restoreVolume(String volumeId, String availabilityZone);

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
    ClonedInstance cloneInstance(CloneSpec spec);

    /** E10 with the spec built in place. */
    default ClonedInstance cloneInstance(Consumer<CloneSpec.Builder> spec) {
        return cloneInstance(CloneSpec.builder().applyMutation(spec).build());
    }

    /**
     * E14: starts, stops or terminates instances as the spec says — with {@code dryRun(true)} only
     * asking EC2 whether the call would be allowed, and with {@code waitForState(true)} waiting
     * (bounded) until every instance is running, stopped or terminated.
     */
    LifecycleResult changeState(LifecycleSpec spec);

    /** E14 with the spec built in place. */
    default LifecycleResult changeState(Consumer<LifecycleSpec.Builder> spec) {
        return changeState(LifecycleSpec.builder().applyMutation(spec).build());
    }

    /** E14: starts the instances, or with {@code dryRun} only asks whether that would be allowed. */
    default LifecycleResult startInstances(Collection<String> instanceIds, boolean dryRun) {
        return changeState(
                l -> l.action(LifecycleAction.START).instanceIds(instanceIds).dryRun(dryRun));
    }

    /** E14: stops the instances, or with {@code dryRun} only asks whether that would be allowed. */
    default LifecycleResult stopInstances(Collection<String> instanceIds, boolean dryRun) {
        return changeState(
                l -> l.action(LifecycleAction.STOP).instanceIds(instanceIds).dryRun(dryRun));
    }

    /** E14: terminates the instances for good, or with {@code dryRun} only asks whether that would be allowed. */
    default LifecycleResult terminateInstances(Collection<String> instanceIds, boolean dryRun) {
        return changeState(l ->
                l.action(LifecycleAction.TERMINATE).instanceIds(instanceIds).dryRun(dryRun));
    }

    /**
     * E14: starts or stops a named group of instances of a YAML groups file ({@link InstanceGroups}).
     * An unknown group is rejected before any call.
     *
     * @param action {@link LifecycleAction#START} or {@link LifecycleAction#STOP}
     */
    LifecycleResult changeGroupState(InstanceGroups groups, String group, LifecycleAction action, boolean dryRun);

    /** E12: the instance's user data as EC2 stores it (decoded from base64), or empty when it has none. */
    Optional<byte[]> userData(String instanceId);

    /**
     * E12: replaces the user data of a stopped instance (EC2 refuses it on a running one); it runs at
     * the next start as cloud-init decides.
     */
    void replaceUserData(String instanceId, UserData userData);

    /** E6: allocates a new Elastic IP address (VPC). */
    ElasticIp allocateAddress();

    /** E6: associates the address with the instance; an address already associated elsewhere is refused by EC2. */
    ElasticIp associateAddress(String allocationId, String instanceId);

    /** E6: removes the address's association, if any; returns the address as it is afterwards. */
    ElasticIp disassociateAddress(String allocationId);

    /** E6: releases the address; EC2 refuses while it is associated (disassociate first). */
    void releaseAddress(String allocationId);

    /** E6: the address as EC2 describes it now, or empty when this account has no such allocation. */
    Optional<ElasticIp> describeAddress(String allocationId);
}
