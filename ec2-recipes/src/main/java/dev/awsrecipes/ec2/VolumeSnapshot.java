package dev.awsrecipes.ec2;

/**
 * A snapshot taken of one volume of an instance.
 *
 * @param device where the volume is attached, e.g. {@code /dev/sdf}
 * @param volumeId the volume snapshotted
 * @param snapshotId the new snapshot
 * @param state {@code pending}, {@code completed} or {@code error}, as last seen
 */
public record VolumeSnapshot(String device, String volumeId, String snapshotId, String state) {}
