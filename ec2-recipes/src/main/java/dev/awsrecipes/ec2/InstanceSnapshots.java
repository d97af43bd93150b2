package dev.awsrecipes.ec2;

import java.util.List;

/**
 * The snapshots {@link InstanceRecipes#snapshotVolumes(String)} took: one per EBS volume attached to
 * the instance, with the device of each.
 *
 * @param instanceId the instance whose volumes were snapshotted
 * @param snapshots one per volume, in the instance's device order
 */
public record InstanceSnapshots(String instanceId, List<VolumeSnapshot> snapshots) {
    /** Copies the snapshots, so the result never changes. */
    public InstanceSnapshots {
        snapshots = List.copyOf(snapshots);
    }
}
