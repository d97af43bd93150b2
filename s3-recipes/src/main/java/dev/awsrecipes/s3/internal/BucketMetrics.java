package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.AwsService;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.StorageClassUsage;
import dev.awsrecipes.s3.UsageSource;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * S4 from CloudWatch's daily storage metrics: {@code AWS/S3} {@code BucketSizeBytes} per {@code
 * StorageType} and {@code NumberOfObjects} ({@code AllStorageTypes}), which S3 publishes once a day for
 * every bucket that holds objects, stamped at midnight UTC. Only the newest day within the last three is
 * taken, and only the values of that day: a storage type whose newest value is older was emptied since.
 *
 * <p>This is the one class of the module that needs the CloudWatch client, an optional dependency of
 * the module: {@link CloudWatchPresence} says whether it is on the class path before this class is
 * loaded, so that a caller without it gets a clear message instead of a {@code NoClassDefFoundError}.
 */
final class BucketMetrics {
    /** The CloudWatch client the metrics source asks; its own description, since the module is optional. */
    static final AwsService<CloudWatchClient> CLOUDWATCH =
            AwsService.of("cloudwatch", CloudWatchClient.class, CloudWatchClient::builder);

    static final String NAMESPACE = "AWS/S3";
    static final Duration WINDOW = Duration.ofDays(3);
    private static final int DAY = 86_400;

    private final RecipeContext context;

    BucketMetrics(RecipeContext context) {
        this.context = context;
    }

    BucketUsage read(String bucket, Instant now) {
        BucketNames.check("bucket", bucket);
        CloudWatchClient cw = context.client(CLOUDWATCH);
        Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(WINDOW);
        long[] requests = {0};
        TreeSet<String> storageTypes = new TreeSet<>();
        cw.listMetricsPaginator(r -> r.namespace(NAMESPACE)
                        .metricName("BucketSizeBytes")
                        .dimensions(d -> d.name("BucketName").value(bucket)))
                .forEach(page -> {
                    requests[0]++;
                    page.metrics().forEach(m -> storageType(m, bucket, storageTypes));
                });
        Map<String, Map<Instant, Double>> sizes = new HashMap<>();
        for (String type : storageTypes) {
            sizes.put(type, daily(cw, bucket, "BucketSizeBytes", type, start, now));
            requests[0]++;
        }
        Map<Instant, Double> objects = daily(cw, bucket, "NumberOfObjects", "AllStorageTypes", start, now);
        requests[0]++;
        Instant newest = objects.keySet().stream().max(Instant::compareTo).orElse(null);
        for (Map<Instant, Double> series : sizes.values()) {
            for (Instant day : series.keySet()) {
                newest = newest == null || day.isAfter(newest) ? day : newest;
            }
        }
        if (newest == null) {
            throw new AwsRecipesException("CloudWatch has no storage metrics for bucket " + bucket + " since "
                    + start + " (S3 publishes BucketSizeBytes and NumberOfObjects once a day, for buckets that"
                    + " hold objects, in the bucket's region)");
        }
        Map<String, StorageClassUsage> byType = new HashMap<>();
        long bytes = 0;
        for (var series : sizes.entrySet()) {
            Double value = series.getValue().get(newest);
            if (value != null) {
                long n = Math.round(value);
                byType.put(series.getKey(), new StorageClassUsage(StorageClassUsage.UNKNOWN, n));
                bytes += n;
            }
        }
        Double count = objects.get(newest);
        return new BucketUsage(
                bucket,
                "",
                true,
                count == null ? StorageClassUsage.UNKNOWN : Math.round(count),
                bytes,
                StorageClassUsage.UNKNOWN,
                byType,
                requests[0],
                UsageSource.METRICS,
                newest);
    }

    private static void storageType(Metric metric, String bucket, TreeSet<String> storageTypes) {
        boolean ours = false;
        String type = null;
        for (Dimension d : metric.dimensions()) {
            ours |= "BucketName".equals(d.name()) && bucket.equals(d.value());
            type = "StorageType".equals(d.name()) ? d.value() : type;
        }
        if (ours && type != null) {
            storageTypes.add(type);
        }
    }

    /** The daily values of one series, by the day they are stamped with. */
    private static Map<Instant, Double> daily(
            CloudWatchClient cw, String bucket, String metric, String storageType, Instant start, Instant end) {
        Map<Instant, Double> values = new HashMap<>();
        for (Datapoint point : cw.getMetricStatistics(r -> r.namespace(NAMESPACE)
                        .metricName(metric)
                        .dimensions(d -> d.name("BucketName").value(bucket), d -> d.name("StorageType")
                                .value(storageType))
                        .startTime(start)
                        .endTime(end)
                        .period(DAY)
                        .statistics(Statistic.AVERAGE))
                .datapoints()) {
            if (point.timestamp() != null && point.average() != null) {
                values.put(point.timestamp(), point.average());
            }
        }
        return values;
    }
}
