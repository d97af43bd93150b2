package dev.awsrecipes.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * Which metric: namespace, name and dimensions, checked when made. Alarms, statistics queries, status
 * check alarms and the disk-usage publisher all name their metric with one of these, and the
 * defaults they share live here.
 *
 * @param namespace e.g. {@code AWS/EC2}
 * @param metricName e.g. {@code CPUUtilization}
 * @param dimensions dimension name to value, at most 30, e.g. {@code InstanceId -> i-0abc...}
 */
public record MetricId(String namespace, String metricName, Map<String, String> dimensions) {
    /** The namespace of EC2's own instance metrics, used unless another is given. */
    public static final String EC2_NAMESPACE = "AWS/EC2";
    /** The statistic alarms and queries use unless another is given. */
    public static final Statistic DEFAULT_STATISTIC = Statistic.AVERAGE;
    /** The period alarms and queries use unless another is given: basic monitoring's 5 minutes. */
    public static final int DEFAULT_PERIOD_SECONDS = 300;

    /** Checks every part and copies the dimensions, keeping their order. */
    public MetricId {
        namespace = MonitoringRules.namespace("namespace", namespace);
        metricName = MonitoringRules.name("metricName", metricName);
        dimensions = MonitoringRules.dimensions("dimensions", dimensions);
    }

    /** An EC2 metric of one instance, e.g. {@code ofInstance("i-0abc...", "CPUUtilization")}. */
    public static MetricId ofInstance(String instanceId, String metricName) {
        return new MetricId(
                EC2_NAMESPACE, metricName, Map.of("InstanceId", MonitoringRules.instanceId("instanceId", instanceId)));
    }

    @Override
    public String toString() {
        return namespace + ":" + metricName + dimensions;
    }

    /** A spec that names one metric; its parts read through to the {@link MetricId}. */
    public interface Named {
        /** The metric. */
        MetricId metric();

        /** The metric's namespace. */
        default String namespace() {
            return metric().namespace();
        }

        /** The metric's name. */
        default String metricName() {
            return metric().metricName();
        }

        /** The metric's dimensions. */
        default Map<String, String> dimensions() {
            return metric().dimensions();
        }
    }

    /**
     * The setters every spec that names a metric shares; the spec's builder extends this.
     *
     * @param <B> the spec's builder
     */
    public abstract static class Setters<B extends Setters<B>> {
        private String namespace = EC2_NAMESPACE;
        private String metricName;
        private Map<String, String> dimensions = new LinkedHashMap<>();
        // as given to instanceId(String), checked with the metric; the spec's own rule when it needs one
        String instanceId;
        boolean instanceIdGiven;

        Setters() {}

        @SuppressWarnings("unchecked")
        B self() {
            return (B) this;
        }

        /** The metric's namespace; {@code AWS/EC2} unless set. */
        public B namespace(String namespace) {
            this.namespace = namespace;
            return self();
        }

        /** The metric's name, e.g. {@code CPUUtilization}. */
        public B metricName(String metricName) {
            this.metricName = metricName;
            return self();
        }

        /** Replaces the dimensions. */
        public B dimensions(Map<String, String> dimensions) {
            // null is kept, so that build() names it: "dimensions is required"
            this.dimensions = dimensions == null ? null : new LinkedHashMap<>(dimensions);
            return self();
        }

        /** Adds one dimension. */
        public B dimension(String name, String value) {
            if (this.dimensions == null) {
                this.dimensions = new LinkedHashMap<>();
            }
            this.dimensions.put(name, value);
            return self();
        }

        /** The instance's metric: sets the {@code InstanceId} dimension (an instance id like {@code i-0abc...}). */
        public B instanceId(String instanceId) {
            this.instanceId = instanceId;
            this.instanceIdGiven = true;
            return dimension("InstanceId", instanceId);
        }

        /** Sets namespace, name and dimensions at once. */
        public B metric(MetricId metric) {
            return namespace(metric.namespace()).metricName(metric.metricName()).dimensions(metric.dimensions());
        }

        /** The metric as set so far, checked. */
        MetricId metricId() {
            if (instanceIdGiven) {
                MonitoringRules.instanceId("instanceId", instanceId);
            }
            return new MetricId(namespace, metricName, dimensions);
        }
    }
}
