package dev.awsrecipes.monitoring.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.monitoring.DiskUsageReport;
import dev.awsrecipes.monitoring.DiskUsageSpec;
import dev.awsrecipes.monitoring.MetricDatum;
import dev.awsrecipes.monitoring.MonitoringRules;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.internal.http.loader.DefaultSdkHttpClientBuilder;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.imds.Ec2MetadataClient;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * M7: measures how full a file system is and publishes the percentage as a custom metric with the
 * instance's id, read from instance metadata (IMDSv2: the SDK's client fetches a session token first).
 */
final class DiskUsagePublisher {
    /** Where EC2 publishes the instance's own id. */
    static final String INSTANCE_ID_PATH = "/latest/meta-data/instance-id";

    private static final Logger LOG = LoggerFactory.getLogger(DiskUsagePublisher.class);

    private final CustomMetrics metrics;

    DiskUsagePublisher(CustomMetrics metrics) {
        this.metrics = metrics;
    }

    DiskUsageReport publish(DiskUsageSpec spec) {
        Check.notNull(spec, "spec");
        Measurement m = measure(spec.path());
        String instanceId = spec.instanceId().orElseGet(() -> instanceId(spec));
        Instant now = Instant.now();
        metrics.put(
                spec.namespace(),
                List.of(MetricDatum.builder()
                        .metricName(spec.metricName())
                        .value(m.usedPercent())
                        .unit(StandardUnit.PERCENT)
                        .timestamp(now)
                        .dimension("InstanceId", instanceId)
                        .build()));
        LOG.info("{} of {} is {}% used; published for {}", spec.metricName(), spec.path(), m.usedPercent(), instanceId);
        return new DiskUsageReport(
                instanceId,
                spec.path(),
                m.totalBytes(),
                m.usableBytes(),
                m.usedPercent(),
                spec.namespace(),
                spec.metricName(),
                now);
    }

    /** Size and free space of the file system holding the path. */
    record Measurement(long totalBytes, long usableBytes, double usedPercent) {}

    static Measurement measure(Path path) {
        Check.that(Files.exists(path), "path", path + " does not exist");
        try {
            FileStore store = Files.getFileStore(path);
            long total = store.getTotalSpace();
            long usable = store.getUsableSpace();
            return new Measurement(total, usable, usedPercent(total, usable));
        } catch (IOException e) {
            throw new AwsRecipesException("cannot read the file system of " + path, e);
        }
    }

    /**
     * Used space as the share the owner can no longer write, like the cookbook's statvfs-based figure,
     * rounded to two decimals; a file system of size 0 (procfs and the like) counts as 0%.
     */
    static double usedPercent(long total, long usable) {
        if (total <= 0) {
            return 0;
        }
        double used = 100.0 * (total - Math.min(usable, total)) / total;
        return Math.round(used * 100) / 100.0;
    }

    /** The instance id from IMDS, bounded by the spec's timeout so a job off EC2 fails fast. */
    static String instanceId(DiskUsageSpec spec) {
        Ec2MetadataClient.Builder builder = Ec2MetadataClient.builder()
                // The SDK's default HTTP client on the class path, whichever it is: this module
                // depends on no implementation. The timeouts bound a job that runs off EC2.
                .httpClient(new DefaultSdkHttpClientBuilder()
                        .buildWithDefaults(AttributeMap.builder()
                                .put(SdkHttpConfigurationOption.CONNECTION_TIMEOUT, spec.imdsTimeout())
                                .put(SdkHttpConfigurationOption.READ_TIMEOUT, spec.imdsTimeout())
                                .build()))
                .retryPolicy(r -> r.numRetries(1));
        spec.imdsEndpoint().ifPresent(builder::endpoint);
        try (Ec2MetadataClient imds = builder.build()) {
            String id = imds.get(INSTANCE_ID_PATH).asString().trim();
            return MonitoringRules.instanceId("instance id from instance metadata", id);
        } catch (RuntimeException e) {
            if (e instanceof dev.awsrecipes.core.InvalidArgumentException) {
                throw e;
            }
            throw new AwsRecipesException(
                    "cannot read the instance id from instance metadata"
                            + spec.imdsEndpoint().map(u -> " at " + u).orElse("")
                            + " (not on EC2? give the instance id explicitly): " + e.getMessage(),
                    e);
        }
    }
}
