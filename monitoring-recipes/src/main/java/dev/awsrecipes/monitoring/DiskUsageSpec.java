package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * M7: which file system to measure and how to publish it. Without an instance id, the id is read
 * from the instance metadata service (IMDSv2), at its usual address or at {@link #imdsEndpoint()}.
 *
 * <pre>{@code
 * DiskUsageReport report = monitoring.publishDiskUsage(d -> d.path(Path.of("/")));
 * }</pre>
 *
 * @param path a file or directory on the file system to measure; {@code /} unless set
 * @param instanceId the instance id to publish with; when empty it is read from instance metadata
 * @param imdsEndpoint where instance metadata is read; the SDK's default (169.254.169.254 or its settings) when
 *     empty
 * @param imdsTimeout how long reading the instance id may take in all, so a cron job off EC2 fails fast
 * @param namespace the custom namespace the metric goes to; {@link #DEFAULT_NAMESPACE} unless set
 * @param metricName the metric's name; {@link #DEFAULT_METRIC_NAME} unless set
 */
public record DiskUsageSpec(
        Path path,
        Optional<String> instanceId,
        Optional<URI> imdsEndpoint,
        Duration imdsTimeout,
        String namespace,
        String metricName) {
    /** Where the metric goes unless another namespace is given. */
    public static final String DEFAULT_NAMESPACE = "AwsRecipes/System";
    /** The metric's name unless another is given. */
    public static final String DEFAULT_METRIC_NAME = "DiskUsage";

    /** Checks every value; a null optional is empty. Dimensions are added when publishing, once the id is known. */
    public DiskUsageSpec {
        Check.notNull(path, "path");
        instanceId = instanceId == null
                ? Optional.empty()
                : instanceId.map(id -> MonitoringRules.instanceId("instanceId", id));
        imdsEndpoint = imdsEndpoint == null ? Optional.empty() : imdsEndpoint;
        imdsEndpoint.ifPresent(url -> Check.that(
                url.getScheme() != null && url.getHost() != null,
                "imdsEndpoint",
                "\"" + url + "\" is not an absolute URL like http://169.254.169.254"));
        Check.positive(imdsTimeout, "imdsTimeout");
        MonitoringRules.customNamespace("namespace", namespace);
        MonitoringRules.name("metricName", metricName);
    }

    /** A new builder with the defaults described on the class. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "DiskUsageSpec[" + path + " -> " + namespace + ":" + metricName
                + instanceId.map(id -> " " + id).orElse(" (instance id from IMDS)") + "]";
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
            return new DiskUsageSpec(
                    path,
                    Optional.ofNullable(instanceId),
                    Optional.ofNullable(imdsEndpoint),
                    imdsTimeout,
                    namespace,
                    metricName);
        }
    }
}
