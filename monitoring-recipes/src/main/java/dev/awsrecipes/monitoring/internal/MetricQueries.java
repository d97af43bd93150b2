package dev.awsrecipes.monitoring.internal;

import dev.awsrecipes.monitoring.MetricDatapoint;
import dev.awsrecipes.monitoring.MetricKey;
import dev.awsrecipes.monitoring.MonitoringRules;
import dev.awsrecipes.monitoring.StatisticsQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsRequest;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/** M2: listing an instance's metrics and querying statistics, sorted by time. */
final class MetricQueries {
    /** GetMetricStatistics answers at most this many datapoints per call. */
    static final int MAX_DATAPOINTS_PER_CALL = 1440;

    private final Supplier<CloudWatchClient> cloudWatch;

    MetricQueries(Supplier<CloudWatchClient> cloudWatch) {
        this.cloudWatch = cloudWatch;
    }

    List<MetricKey> instanceMetrics(String instanceId) {
        MonitoringRules.instanceId("instanceId", instanceId);
        CloudWatchClient cw = cloudWatch.get();
        List<MetricKey> metrics = new ArrayList<>();
        cw.listMetricsPaginator(r -> r.dimensions(d -> d.name("InstanceId").value(instanceId)))
                .metrics()
                .forEach(m -> metrics.add(key(m)));
        metrics.sort(Comparator.comparing(MetricKey::namespace).thenComparing(MetricKey::metricName));
        return List.copyOf(metrics);
    }

    List<MetricDatapoint> statistics(StatisticsQuery query) {
        CloudWatchClient cw = cloudWatch.get();
        List<MetricDatapoint> points = new ArrayList<>();
        // A long range at a short period is more than one call may answer: ask window by window.
        Duration window = Duration.ofSeconds((long) query.periodSeconds() * MAX_DATAPOINTS_PER_CALL);
        for (Instant from = query.start(); from.isBefore(query.end()); from = from.plus(window)) {
            Instant to = from.plus(window).isBefore(query.end()) ? from.plus(window) : query.end();
            cw.getMetricStatistics(request(query, from, to)).datapoints().forEach(d -> points.add(point(d, query)));
        }
        points.sort(Comparator.comparing(MetricDatapoint::timestamp));
        return List.copyOf(points);
    }

    private static GetMetricStatisticsRequest request(StatisticsQuery query, Instant from, Instant to) {
        GetMetricStatisticsRequest.Builder r = GetMetricStatisticsRequest.builder()
                .namespace(query.namespace())
                .metricName(query.metricName())
                .dimensions(dimensions(query.dimensions()))
                .startTime(from)
                .endTime(to)
                .period(query.periodSeconds())
                .statistics(query.statistics());
        query.unit().ifPresent(r::unit);
        return r.build();
    }

    private static MetricDatapoint point(Datapoint d, StatisticsQuery query) {
        Map<Statistic, Double> values = new EnumMap<>(Statistic.class);
        for (Statistic s : query.statistics()) {
            Double v =
                    switch (s) {
                        case AVERAGE -> d.average();
                        case SUM -> d.sum();
                        case MINIMUM -> d.minimum();
                        case MAXIMUM -> d.maximum();
                        case SAMPLE_COUNT -> d.sampleCount();
                        default -> null;
                    };
            if (v != null) {
                values.put(s, v);
            }
        }
        return new MetricDatapoint(d.timestamp(), values, d.unit());
    }

    static List<Dimension> dimensions(Map<String, String> dimensions) {
        List<Dimension> list = new ArrayList<>();
        dimensions.forEach(
                (k, v) -> list.add(Dimension.builder().name(k).value(v).build()));
        return list;
    }

    static Map<String, String> dimensions(List<Dimension> dimensions) {
        Map<String, String> map = new LinkedHashMap<>();
        dimensions.forEach(d -> map.put(d.name(), d.value()));
        return map;
    }

    private static MetricKey key(Metric m) {
        return new MetricKey(m.namespace(), m.metricName(), dimensions(m.dimensions()));
    }
}
