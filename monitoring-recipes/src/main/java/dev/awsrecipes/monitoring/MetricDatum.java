package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Check;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;

/**
 * M5: one value of a custom metric, checked when built.
 *
 * @param metricName the metric, 1 to 255 characters
 * @param value a finite number
 * @param unit its unit; {@code None} when not given
 * @param timestamp when it was measured; empty means "when CloudWatch receives it"
 * @param dimensions up to 30 name/value pairs
 * @param highResolution stored at 1-second resolution instead of 1 minute
 */
public record MetricDatum(
        String metricName,
        double value,
        StandardUnit unit,
        Optional<Instant> timestamp,
        Map<String, String> dimensions,
        boolean highResolution) {

    /**
     * Checks name, value, unit and dimensions before any call; a missing unit is {@code None}, a
     * missing timestamp means "when CloudWatch receives it".
     */
    public MetricDatum {
        MonitoringRules.name("metricName", metricName);
        MonitoringRules.finite("value", value);
        unit = unit == null ? StandardUnit.NONE : unit;
        Check.that(unit != StandardUnit.UNKNOWN_TO_SDK_VERSION, "unit", "must be a known unit");
        timestamp = timestamp == null ? Optional.empty() : timestamp;
        dimensions = MonitoringRules.dimensions("dimensions", dimensions == null ? Map.of() : dimensions);
    }

    /** A value without unit, timestamp or dimensions. */
    public static MetricDatum of(String metricName, double value) {
        return new MetricDatum(metricName, value, StandardUnit.NONE, Optional.empty(), Map.of(), false);
    }

    /** A new builder with the defaults described on the class. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MetricDatum}. */
    public static final class Builder {
        private String metricName;
        private double value;
        private String unit; // as given, read when built
        private Instant timestamp;
        private final Map<String, String> dimensions = new LinkedHashMap<>();
        private boolean highResolution;

        private Builder() {}

        /** Sets the metric name. */
        public Builder metricName(String metricName) {
            this.metricName = metricName;
            return this;
        }

        /** Sets the value. */
        public Builder value(double value) {
            this.value = value;
            return this;
        }

        /** Sets the unit; may be null: {@code None}. */
        public Builder unit(StandardUnit unit) {
            return unit(unit == null ? null : unit.toString());
        }

        /** The unit by name, any case, e.g. {@code Count}, {@code Percent}, {@code Bytes/Second}; may be null. */
        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        /** Sets the timestamp; may be null: when CloudWatch receives it. */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        /** Adds one dimension. */
        public Builder dimension(String name, String value) {
            this.dimensions.put(name, value);
            return this;
        }

        /** Adds the dimensions; null adds none. */
        public Builder dimensions(Map<String, String> dimensions) {
            if (dimensions != null) {
                this.dimensions.putAll(dimensions);
            }
            return this;
        }

        /** Sets the high resolution. */
        public Builder highResolution(boolean highResolution) {
            this.highResolution = highResolution;
            return this;
        }

        /** The checked MetricDatum; a value that breaks a rule throws InvalidArgumentException naming it. */
        public MetricDatum build() {
            StandardUnit parsed = unit == null ? StandardUnit.NONE : MonitoringRules.unit("unit", unit);
            return new MetricDatum(
                    metricName, value, parsed, Optional.ofNullable(timestamp), dimensions, highResolution);
        }
    }
}
