package dev.awsrecipes.ec2;

/**
 * A volume made from the latest snapshot of another ({@link InstanceRecipes#restoreVolume(String)}).
 *
 * @param volumeId the new volume
 * @param sourceVolumeId the volume whose snapshot was used
 * @param snapshotId the snapshot the new volume was made from
 * @param sizeGiB its size in GiB
 * @param availabilityZone its availability zone
 * @param state its state when the call returned ({@code available} once waited for)
 */
public record RestoredVolume(
        String volumeId,
        String sourceVolumeId,
        String snapshotId,
        int sizeGiB,
        String availabilityZone,
        String state) {}
