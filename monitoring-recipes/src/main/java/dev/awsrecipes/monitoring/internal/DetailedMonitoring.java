package dev.awsrecipes.monitoring.internal;

import dev.awsrecipes.monitoring.InstanceMonitoring;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.MonitoringState;

/** M1: detailed monitoring on and off, asking EC2 first so an unchanged instance costs one call. */
record DetailedMonitoring(Supplier<Ec2Client> ec2, Instances instances) {
    private static final Logger LOG = LoggerFactory.getLogger(DetailedMonitoring.class);

    MonitoringState state(String instanceId) {
        return instances.require(instanceId).monitoring().state();
    }

    InstanceMonitoring enable(String instanceId) {
        return turn(instanceId, true);
    }

    InstanceMonitoring disable(String instanceId) {
        return turn(instanceId, false);
    }

    private InstanceMonitoring turn(String instanceId, boolean on) {
        MonitoringState now = state(instanceId);
        boolean already = on
                ? now == MonitoringState.ENABLED || now == MonitoringState.PENDING
                : now == MonitoringState.DISABLED || now == MonitoringState.DISABLING;
        if (already) {
            return new InstanceMonitoring(instanceId, now, false);
        }
        Ec2Client client = ec2.get();
        var changed = on
                ? client.monitorInstances(r -> r.instanceIds(instanceId)).instanceMonitorings()
                : client.unmonitorInstances(r -> r.instanceIds(instanceId)).instanceMonitorings();
        MonitoringState after = changed.stream()
                .map(m -> m.monitoring().state())
                .findFirst()
                .orElse(on ? MonitoringState.PENDING : MonitoringState.DISABLING);
        LOG.info("detailed monitoring of {}: {} -> {}", instanceId, now, after);
        return new InstanceMonitoring(instanceId, after, true);
    }
}
