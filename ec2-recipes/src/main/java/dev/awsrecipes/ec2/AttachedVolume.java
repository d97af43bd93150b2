package dev.awsrecipes.ec2;

/**
 * A new EBS volume attached to an instance ({@link InstanceRecipes#createVolume(String, int, String)}).
 *
 * @param volumeId the new volume
 * @param instanceId the instance it is attached to
 * @param device the device name it is attached at
 * @param availabilityZone the zone of the instance and the volume
 * @param sizeGiB its size in GiB
 * @param volumeType its type, e.g. {@code gp3}
 */
public record AttachedVolume(
        String volumeId, String instanceId, String device, String availabilityZone, int sizeGiB, String volumeType) {}
