package dev.awsrecipes.ec2;

/**
 * An Elastic IP address and what it is associated with (E6).
 *
 * @param allocationId its allocation id, {@code eipalloc-...}
 * @param publicIp the address
 * @param associationId the association with an instance, or null when unassociated
 * @param instanceId the instance it is associated with, or null
 */
public record ElasticIp(String allocationId, String publicIp, String associationId, String instanceId) {

    /** Whether it is associated with an instance. */
    public boolean isAssociated() {
        return associationId != null;
    }
}
