package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.ec2.internal.ElasticIps;
import dev.awsrecipes.ec2.internal.InstanceCloner;
import dev.awsrecipes.ec2.internal.InstanceLifecycle;
import dev.awsrecipes.ec2.internal.RunningInstanceFinder;
import dev.awsrecipes.ec2.internal.VolumeCreator;
import dev.awsrecipes.ec2.internal.VolumeRestorer;
import dev.awsrecipes.ec2.internal.VolumeSnapshotter;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.InstanceAttributeName;

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

    // ---- E14 lifecycle ----

    /**
     * E14: starts, stops or terminates instances as the spec says — with {@code dryRun(true)} only
     * asking EC2 whether the call would be allowed, and with {@code waitForState(true)} waiting
     * (bounded) until every instance is running, stopped or terminated.
     */
    default LifecycleResult changeState(Consumer<LifecycleSpec.Builder> spec) {
        LifecycleSpec.Builder builder = LifecycleSpec.builder();
        spec.accept(builder);
        return new InstanceLifecycle(aws()).apply(builder.build());
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
    default LifecycleResult changeGroupState(
            InstanceGroups groups, String group, LifecycleAction action, boolean dryRun) {
        Check.notNull("groups", groups);
        Check.notNull("action", action);
        Check.that(action != LifecycleAction.TERMINATE, "action", "for a group must be START or STOP");
        List<String> ids = groups.group(group);
        return changeState(l -> l.action(action).instanceIds(ids).dryRun(dryRun));
    }

    // ---- E12 user data ----

    /** E12: the instance's user data as EC2 stores it (decoded from base64), or empty when it has none. */
    default Optional<byte[]> userData(String instanceId) {
        Check.notBlank("instanceId", instanceId);
        var value = aws().client(Ec2Recipes.EC2)
                .describeInstanceAttribute(r -> r.instanceId(instanceId).attribute(InstanceAttributeName.USER_DATA))
                .userData();
        if (value == null || value.value() == null || value.value().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Base64.getDecoder().decode(value.value()));
    }

    /**
     * E12: replaces the user data of a stopped instance (EC2 refuses it on a running one); it runs at
     * the next start as cloud-init decides.
     */
    default void replaceUserData(String instanceId, UserData userData) {
        Check.notBlank("instanceId", instanceId);
        Check.notNull("userData", userData);
        // EC2 wants base64 text inside this blob attribute, and the SDK base64-encodes blobs once more
        // on the wire: handing it the raw bytes would make EC2 reject them as invalid base64.
        aws().client(Ec2Recipes.EC2).modifyInstanceAttribute(r -> r.instanceId(instanceId)
                .userData(v -> v.value(SdkBytes.fromUtf8String(userData.base64()))));
    }

    // ---- E6 Elastic IP ----

    /** E6: allocates a new Elastic IP address (VPC). */
    default ElasticIp allocateAddress() {
        return new ElasticIps(aws()).allocate();
    }

    /** E6: associates the address with the instance; an address already associated elsewhere is refused by EC2. */
    default ElasticIp associateAddress(String allocationId, String instanceId) {
        checkAllocationId(allocationId);
        Check.notBlank("instanceId", instanceId);
        return new ElasticIps(aws()).associate(allocationId, instanceId);
    }

    /** E6: removes the address's association, if any; returns the address as it is afterwards. */
    default ElasticIp disassociateAddress(String allocationId) {
        checkAllocationId(allocationId);
        return new ElasticIps(aws()).disassociate(allocationId);
    }

    /** E6: releases the address; EC2 refuses while it is associated (disassociate first). */
    default void releaseAddress(String allocationId) {
        checkAllocationId(allocationId);
        new ElasticIps(aws()).release(allocationId);
    }

    /** E6: the address as EC2 describes it now, or empty when this account has no such allocation. */
    default Optional<ElasticIp> describeAddress(String allocationId) {
        checkAllocationId(allocationId);
        return new ElasticIps(aws()).describe(allocationId);
    }

    private static void checkAllocationId(String allocationId) {
        Check.notBlank("allocationId", allocationId);
        if (!allocationId.startsWith("eipalloc-")) {
            throw new InvalidArgumentException(
                    "allocationId", "allocationId \"" + allocationId + "\" is not an allocation id like eipalloc-0abc");
        }
    }
}
