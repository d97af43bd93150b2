package dev.awsrecipes.ec2;

/**
 * A non-root volume of the source instance that has no completed snapshot, so its clone does not get
 * it: reported instead of silently dropped.
 *
 * @param device the device name on the source instance
 * @param volumeId the volume
 */
public record VolumeWithoutSnapshot(String device, String volumeId) {}
