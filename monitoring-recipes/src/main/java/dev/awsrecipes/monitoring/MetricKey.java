package dev.awsrecipes.monitoring;

import java.util.Map;

/**
 * M2: one metric as CloudWatch lists it.
 *
 * @param namespace e.g. {@code AWS/EC2}
 * @param metricName e.g. {@code CPUUtilization}
 * @param dimensions dimension name to value, e.g. {@code InstanceId -> i-0abc...}
 */
public record MetricKey(String namespace, String metricName, Map<String, String> dimensions) {
    /** Copies the dimensions, so the key never changes. */
    public MetricKey {
        dimensions = Map.copyOf(dimensions);
    }

    @Override
    public String toString() {
        return namespace + ":" + metricName + dimensions;
    }
}
