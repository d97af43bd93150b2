package dev.awsrecipes.ec2;

/**
 * A non-root volume of the source instance that its clone gets back from a snapshot.
 *
 * @param device the device name on both instances
 * @param sourceVolumeId the source instance's volume
 * @param snapshotId the latest completed snapshot of that volume, which the clone's volume is made from
 */
public record VolumeFromSnapshot(String device, String sourceVolumeId, String snapshotId) {}
