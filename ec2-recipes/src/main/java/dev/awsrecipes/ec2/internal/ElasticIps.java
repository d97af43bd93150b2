package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.ec2.ElasticIp;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.AllocateAddressResponse;
import software.amazon.awssdk.services.ec2.model.DomainType;

/** E6: allocate, associate, disassociate and release Elastic IP addresses (VPC addresses). */
record ElasticIps(Ec2Client ec2) {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticIps.class);

    public ElasticIp allocate() {
        AllocateAddressResponse allocated = ec2.allocateAddress(r -> r.domain(DomainType.VPC));
        LOG.info("allocated {} ({})", allocated.publicIp(), allocated.allocationId());
        return new ElasticIp(allocated.allocationId(), allocated.publicIp(), null, null);
    }

    public ElasticIp associate(String allocationId, String instanceId) {
        String associationId = ec2.associateAddress(
                        r -> r.allocationId(allocationId).instanceId(instanceId).allowReassociation(false))
                .associationId();
        LOG.info("associated {} with {} ({})", allocationId, instanceId, associationId);
        return describe(allocationId)
                .orElseThrow(() -> new AwsRecipesException("address " + allocationId + " vanished after association"));
    }

    /** Removes the address's association, if it has one; returns the address as it is now. */
    public ElasticIp disassociate(String allocationId) {
        ElasticIp address = describe(allocationId)
                .orElseThrow(() -> new AwsRecipesException("address " + allocationId + " was not found"));
        if (!address.isAssociated()) {
            return address;
        }
        ec2.disassociateAddress(r -> r.associationId(address.associationId()));
        LOG.info("disassociated {} from {}", allocationId, address.instanceId());
        return new ElasticIp(address.allocationId(), address.publicIp(), null, null);
    }

    public void release(String allocationId) {
        ec2.releaseAddress(r -> r.allocationId(allocationId));
        LOG.info("released {}", allocationId);
    }

    /** The address, or empty when this account has no such allocation. */
    public Optional<ElasticIp> describe(String allocationId) {
        try {
            return ec2.describeAddresses(r -> r.allocationIds(allocationId)).addresses().stream()
                    .findFirst()
                    .map(ElasticIps::toElasticIp);
        } catch (RuntimeException e) {
            if (AwsErrors.isNotFound(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    static ElasticIp toElasticIp(Address a) {
        return new ElasticIp(a.allocationId(), a.publicIp(), a.associationId(), a.instanceId());
    }
}
