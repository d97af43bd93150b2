package dev.awsrecipes.monitoring.internal;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.monitoring.MetricDatum;
import dev.awsrecipes.monitoring.MonitoringRules;
import dev.awsrecipes.monitoring.PutMetricDataResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/** M5: custom metric data, sent in as few PutMetricData calls as the API's limits allow. */
final class CustomMetrics {
    /** PutMetricData takes at most 1000 datums per call. */
    static final int MAX_DATUMS_PER_CALL = 1000;
    /** ... and at most 1 MB of request; we stay under it with a pessimistic size estimate. */
    static final long MAX_BYTES_PER_CALL = 1_000_000;
    /** CloudWatch refuses data older than two weeks ... */
    static final Duration MAX_AGE = Duration.ofDays(14);
    /** ... or more than two hours in the future. */
    static final Duration MAX_AHEAD = Duration.ofHours(2);

    private static final Logger LOG = LoggerFactory.getLogger(CustomMetrics.class);

    private final Supplier<CloudWatchClient> cloudWatch;

    CustomMetrics(Supplier<CloudWatchClient> cloudWatch) {
        this.cloudWatch = cloudWatch;
    }

    PutMetricDataResult put(String namespace, List<MetricDatum> data) {
        MonitoringRules.customNamespace("namespace", namespace);
        Check.notEmpty(data, "data");
        checkTimestamps(data, Instant.now());
        CloudWatchClient cw = cloudWatch.get();
        List<List<MetricDatum>> batches =
                batches(data, MAX_DATUMS_PER_CALL, MAX_BYTES_PER_CALL - namespace.length() * 4L);
        for (List<MetricDatum> batch : batches) {
            cw.putMetricData(r -> r.namespace(namespace)
                    .metricData(batch.stream().map(CustomMetrics::toSdk).toList()));
        }
        LOG.info("put {} values into {} in {} calls", data.size(), namespace, batches.size());
        return new PutMetricDataResult(namespace, data.size(), batches.size());
    }

    static void checkTimestamps(List<MetricDatum> data, Instant now) {
        for (MetricDatum d : data) {
            Check.notNull(d, "data");
            d.timestamp().ifPresent(t -> {
                Check.that(!t.isBefore(now.minus(MAX_AGE)), "timestamp", t + " is older than two weeks");
                Check.that(!t.isAfter(now.plus(MAX_AHEAD)), "timestamp", t + " is more than two hours ahead");
            });
        }
    }

    /** Splits the data, in order, into batches within both limits. */
    static List<List<MetricDatum>> batches(List<MetricDatum> data, int maxCount, long maxBytes) {
        List<List<MetricDatum>> batches = new ArrayList<>();
        List<MetricDatum> current = new ArrayList<>();
        long bytes = 0;
        for (MetricDatum d : data) {
            long size = estimatedSize(d);
            if (!current.isEmpty() && (current.size() == maxCount || bytes + size > maxBytes)) {
                batches.add(List.copyOf(current));
                current.clear();
                bytes = 0;
            }
            current.add(d);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(List.copyOf(current));
        }
        return batches;
    }

    /**
     * An upper bound of a datum's share of the request in any of CloudWatch's wire formats: the query
     * protocol repeats long member names per field and percent-encodes every value, so each string is
     * counted three times over, plus a fixed allowance for names and numbers.
     */
    static long estimatedSize(MetricDatum d) {
        long size = 300 + 3L * utf8(d.metricName());
        for (Map.Entry<String, String> e : d.dimensions().entrySet()) {
            size += 120 + 3L * (utf8(e.getKey()) + utf8(e.getValue()));
        }
        return size;
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static software.amazon.awssdk.services.cloudwatch.model.MetricDatum toSdk(MetricDatum d) {
        software.amazon.awssdk.services.cloudwatch.model.MetricDatum.Builder b =
                software.amazon.awssdk.services.cloudwatch.model.MetricDatum.builder()
                        .metricName(d.metricName())
                        .value(d.value())
                        .unit(d.unit())
                        .dimensions(MetricQueries.dimensions(d.dimensions()))
                        .storageResolution(d.highResolution() ? 1 : 60);
        d.timestamp().ifPresent(b::timestamp);
        return b.build();
    }
}
