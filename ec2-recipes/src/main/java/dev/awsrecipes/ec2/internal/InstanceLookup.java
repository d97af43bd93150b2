package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.AwsRecipesException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;

/** Reads one instance; EC2's own {@code InvalidInstanceID.NotFound} reaches the caller unchanged. */
final class InstanceLookup {
    private InstanceLookup() {}

    static Instance describe(Ec2Client ec2, String instanceId) {
        return ec2.describeInstances(r -> r.instanceIds(instanceId)).reservations().stream()
                .flatMap(r -> r.instances().stream())
                .filter(i -> instanceId.equals(i.instanceId()))
                .findFirst()
                .orElseThrow(() -> new AwsRecipesException("instance " + instanceId + " was not found"));
    }
}
