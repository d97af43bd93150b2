package dev.awsrecipes.ec2;

import java.util.List;

/**
 * What {@link InstanceRecipes#cloneInstance(String)} launched.
 *
 * @param instanceId the clone
 * @param sourceInstanceId the instance it copies
 * @param state the clone's state when the call returned
 * @param volumesFromSnapshots the non-root volumes the clone got from their latest snapshots
 * @param volumesWithoutSnapshot the non-root volumes left out because they have no snapshot
 * @param freshSnapshots the snapshots taken first, when asked for (empty otherwise)
 */
public record ClonedInstance(
        String instanceId,
        String sourceInstanceId,
        String state,
        List<VolumeFromSnapshot> volumesFromSnapshots,
        List<VolumeWithoutSnapshot> volumesWithoutSnapshot,
        List<VolumeSnapshot> freshSnapshots) {
    /** Copies the lists, so the result never changes. */
    public ClonedInstance {
        volumesFromSnapshots = List.copyOf(volumesFromSnapshots);
        volumesWithoutSnapshot = List.copyOf(volumesWithoutSnapshot);
        freshSnapshots = List.copyOf(freshSnapshots);
    }
}
