package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import dev.awsrecipes.monitoring.internal.Rules;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * M7: which file system to measure and how to publish it. Without an instance id, the id is read
 * from the instance metadata service (IMDSv2), at its usual address or at {@link #imdsEndpoint()}.
 *
 * <pre>{@code
 * DiskUsageReport report = monitoring.publishDiskUsage(d -> d.path(Path.of("/")));
 * }</pre>
 */
public final class DiskUsageSpec {
    /** Where the metric goes unless another namespace is given. */
    public static final String DEFAULT_NAMESPACE = "AwsRecipes/System";
    /** The metric's name unless another is given. */
    public static final String DEFAULT_METRIC_NAME = "DiskUsage";

    private final Path path;
    private final String instanceId;
    private final URI imdsEndpoint;
    private final Duration imdsTimeout;
    private final MetricId metric;

    private DiskUsageSpec(Builder b) {
        this.path = Check.notNull(b.path, "path");
        this.instanceId = b.instanceId == null ? null : Rules.instanceId("instanceId", b.instanceId);
        this.imdsEndpoint = b.imdsEndpoint;
        Check.that(
                imdsEndpoint == null || imdsEndpoint.getScheme() != null && imdsEndpoint.getHost() != null,
                "imdsEndpoint",
                "\"" + imdsEndpoint + "\" is not an absolute URL like http://169.254.169.254");
        this.imdsTimeout = Check.positive(b.imdsTimeout, "imdsTimeout");
        // Dimensions are added when publishing, once the instance id is known.
        this.metric = new MetricId(Rules.customNamespace("namespace", b.namespace), b.metricName, Map.of());
    }

    /** A new builder with the defaults described on the class. */
    public static Builder builder() {
        return new Builder();
    }

    /** A file or directory on the file system to measure; {@code /} unless set. */
    public Path path() {
        return path;
    }

    /** The instance id to publish with; when empty it is read from instance metadata. */
    public Optional<String> instanceId() {
        return Optional.ofNullable(instanceId);
    }

    /** Where instance metadata is read; the SDK's default (169.254.169.254 or its settings) when empty. */
    public Optional<URI> imdsEndpoint() {
        return Optional.ofNullable(imdsEndpoint);
    }

    /** How long reading the instance id may take in all, so a cron job off EC2 fails fast. */
    public Duration imdsTimeout() {
        return imdsTimeout;
    }

    /** The namespace. */
    public String namespace() {
        return metric.namespace();
    }

    /** The metric name. */
    public String metricName() {
        return metric.metricName();
    }

    @Override
    public String toString() {
        return "DiskUsageSpec[" + path + " -> " + metric.namespace() + ":" + metric.metricName()
                + (instanceId == null ? " (instance id from IMDS)" : " " + instanceId) + "]";
    }

    /** Builds a {@link DiskUsageSpec}; every value has a default. */
    public static final class Builder implements SpecBuilder<Builder, DiskUsageSpec> {
        private Path path = Path.of("/");
        private String instanceId;
        private URI imdsEndpoint;
        private Duration imdsTimeout = Duration.ofSeconds(5);
        private String namespace = DEFAULT_NAMESPACE;
        private String metricName = DEFAULT_METRIC_NAME;

        private Builder() {}

        /** Sets the path. */
        public Builder path(Path path) {
            this.path = path;
            return this;
        }

        /** The instance id to publish with; may be null: read from instance metadata. */
        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        /** Where instance metadata is read; may be null: the SDK's default. */
        public Builder imdsEndpoint(URI imdsEndpoint) {
            this.imdsEndpoint = imdsEndpoint;
            return this;
        }

        /** Sets the imds timeout. */
        public Builder imdsTimeout(Duration imdsTimeout) {
            this.imdsTimeout = imdsTimeout;
            return this;
        }

        /** Sets the namespace. */
        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        /** Sets the metric name. */
        public Builder metricName(String metricName) {
            this.metricName = metricName;
            return this;
        }

        /** The checked DiskUsageSpec; a value that breaks a rule throws InvalidArgumentException naming it. */
        @Override
        public DiskUsageSpec build() {
            return new DiskUsageSpec(this);
        }
    }
}
