package dev.awsrecipes.monitoring;

import java.nio.file.Path;
import java.time.Instant;

/**
 * M7: what was measured and published.
 *
 * @param instanceId the instance the value was published for
 * @param path the file system measured (through one of its paths)
 * @param totalBytes its size
 * @param usableBytes what this process could still write
 * @param usedPercent {@code 100 * (1 - usable / total)}
 * @param namespace where it was published
 * @param metricName as which metric
 * @param timestamp the measurement's time
 */
public record DiskUsageReport(
        String instanceId,
        Path path,
        long totalBytes,
        long usableBytes,
        double usedPercent,
        String namespace,
        String metricName,
        Instant timestamp) {}
