package dev.awsrecipes.monitoring.internal;

import dev.awsrecipes.monitoring.InstanceMonitoring;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.MonitoringState;

/** M1: detailed monitoring on and off, asking EC2 first so an unchanged instance costs one call. */
final class DetailedMonitoring {
    private static final Logger LOG = LoggerFactory.getLogger(DetailedMonitoring.class);

    private final Supplier<Ec2Client> ec2;
    private final Instances instances;

    DetailedMonitoring(Supplier<Ec2Client> ec2, Instances instances) {
        this.ec2 = ec2;
        this.instances = instances;
    }

    MonitoringState state(String instanceId) {
        return instances.require(instanceId).monitoring().state();
    }

    InstanceMonitoring enable(String instanceId) {
        MonitoringState now = state(instanceId);
        if (now == MonitoringState.ENABLED || now == MonitoringState.PENDING) {
            return new InstanceMonitoring(instanceId, now, false);
        }
        Ec2Client ec2 = this.ec2.get();
        MonitoringState after = ec2.monitorInstances(r -> r.instanceIds(instanceId)).instanceMonitorings().stream()
                .map(m -> m.monitoring().state())
                .findFirst()
                .orElse(MonitoringState.PENDING);
        LOG.info("detailed monitoring of {}: {} -> {}", instanceId, now, after);
        return new InstanceMonitoring(instanceId, after, true);
    }

    InstanceMonitoring disable(String instanceId) {
        MonitoringState now = state(instanceId);
        if (now == MonitoringState.DISABLED || now == MonitoringState.DISABLING) {
            return new InstanceMonitoring(instanceId, now, false);
        }
        Ec2Client ec2 = this.ec2.get();
        MonitoringState after =
                ec2.unmonitorInstances(r -> r.instanceIds(List.of(instanceId))).instanceMonitorings().stream()
                        .map(m -> m.monitoring().state())
                        .findFirst()
                        .orElse(MonitoringState.DISABLING);
        LOG.info("detailed monitoring of {}: {} -> {}", instanceId, now, after);
        return new InstanceMonitoring(instanceId, after, true);
    }
}
