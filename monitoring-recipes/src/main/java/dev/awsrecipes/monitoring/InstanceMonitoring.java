package dev.awsrecipes.monitoring;

import software.amazon.awssdk.services.ec2.model.MonitoringState;

/**
 * M1: an instance's detailed-monitoring state after a change was asked for.
 *
 * @param instanceId the instance
 * @param state its monitoring state as EC2 reports it ({@code pending} right after enabling)
 * @param changed true when this call changed it, false when it already was as asked
 */
public record InstanceMonitoring(String instanceId, MonitoringState state, boolean changed) {

    /** Whether detailed monitoring is on or being turned on. */
    public boolean enabled() {
        return state == MonitoringState.ENABLED || state == MonitoringState.PENDING;
    }
}
