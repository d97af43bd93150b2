package dev.awsrecipes.monitoring.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.monitoring.MonitoringRules;
import dev.awsrecipes.monitoring.UnknownInstanceException;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/** Looks an instance up, turning "no such instance" into {@link UnknownInstanceException}. */
record Instances(Supplier<Ec2Client> ec2, Region region) {

    /** The instance, if it exists in the session's region and is not terminated. */
    Instance require(String instanceId) {
        MonitoringRules.instanceId("instanceId", instanceId);
        Ec2Client ec2 = this.ec2.get();
        Instance instance;
        try {
            instance = ec2.describeInstances(r -> r.instanceIds(instanceId)).reservations().stream()
                    .flatMap(r -> r.instances().stream())
                    .filter(i -> instanceId.equals(i.instanceId()))
                    .findFirst()
                    .orElseThrow(() -> unknown(instanceId, null));
        } catch (RuntimeException e) {
            if (AwsErrors.hasCode(e, "InvalidInstanceID.NotFound", "InvalidInstanceID.Malformed")) {
                throw unknown(instanceId, e);
            }
            throw e;
        }
        InstanceStateName state =
                instance.state() == null ? null : instance.state().name();
        if (state == InstanceStateName.TERMINATED || state == InstanceStateName.SHUTTING_DOWN) {
            throw new UnknownInstanceException(
                    instanceId, "instanceId " + instanceId + " is " + state + " in " + region.id(), null);
        }
        return instance;
    }

    private UnknownInstanceException unknown(String instanceId, Throwable cause) {
        return new UnknownInstanceException(
                instanceId, "instanceId " + instanceId + " does not exist in " + region.id(), cause);
    }
}
