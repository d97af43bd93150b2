package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.GivenClients;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.StorageClassUsage;
import dev.awsrecipes.s3.UsageSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchServiceClientConfiguration;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsResponse;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsRequest;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsResponse;
import software.amazon.awssdk.services.cloudwatch.model.Metric;

/**
 * bucketDuFromMetrics over canned CloudWatch answers that match dimensions exactly, as AWS does: the
 * newest day within the window, per storage type, each value of that day only.
 */
class BucketMetricsTest {
    private static final Instant NOW = Instant.parse("2026-12-06T15:30:00Z");
    private static final Instant DAY1 = Instant.parse("2026-12-04T00:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-12-05T00:00:00Z");

    /** One datapoint of the fake's store. */
    private record Point(String bucket, String metric, String storageType, Instant day, double value) {}

    private static final class FakeCloudWatch implements CloudWatchClient {
        final List<Point> points = new ArrayList<>();
        final List<GetMetricStatisticsRequest> asked = new ArrayList<>();

        @Override
        public ListMetricsResponse listMetrics(ListMetricsRequest request) {
            String bucket = request.dimensions().get(0).value();
            return ListMetricsResponse.builder()
                    .metrics(points.stream()
                            .filter(p -> p.bucket.equals(bucket) && p.metric.equals(request.metricName()))
                            .map(p -> Metric.builder()
                                    .namespace("AWS/S3")
                                    .metricName(p.metric)
                                    .dimensions(
                                            dimension("StorageType", p.storageType), dimension("BucketName", bucket))
                                    .build())
                            .distinct()
                            .toList())
                    .build();
        }

        @Override
        public GetMetricStatisticsResponse getMetricStatistics(GetMetricStatisticsRequest request) {
            asked.add(request);
            String bucket = value(request.dimensions(), "BucketName");
            String type = value(request.dimensions(), "StorageType");
            return GetMetricStatisticsResponse.builder()
                    .datapoints(points.stream()
                            .filter(p -> p.bucket.equals(bucket)
                                    && p.metric.equals(request.metricName())
                                    && p.storageType.equals(type)
                                    && !p.day.isBefore(request.startTime())
                                    && p.day.isBefore(request.endTime()))
                            .map(p -> Datapoint.builder()
                                    .timestamp(p.day)
                                    .average(p.value)
                                    .build())
                            .toList())
                    .build();
        }

        private static String value(List<Dimension> dimensions, String name) {
            return dimensions.stream()
                    .filter(d -> d.name().equals(name))
                    .findFirst()
                    .orElseThrow()
                    .value();
        }

        private static Dimension dimension(String name, String value) {
            return Dimension.builder().name(name).value(value).build();
        }

        @Override
        public String serviceName() {
            return "cloudwatch";
        }

        @Override
        public CloudWatchServiceClientConfiguration serviceClientConfiguration() {
            return CloudWatchServiceClientConfiguration.builder()
                    .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                    .build();
        }

        @Override
        public void close() {}
    }

    private final FakeCloudWatch cw = new FakeCloudWatch();

    private BucketUsage read(String bucket) {
        // The recipe's own entry takes the time from the clock; this one is fixed, so the window is known.
        GivenClients context = GivenClients.builder()
                .client(BucketMetrics.CLOUDWATCH, cw)
                .region(Region.US_EAST_1)
                .build();
        return new BucketMetrics(context).read(bucket, NOW);
    }

    @Test
    void read_twoDays_takesEachStorageTypesValueOfTheNewestDayOnly() {
        cw.points.add(new Point("logs", "BucketSizeBytes", "StandardStorage", DAY1, 900));
        cw.points.add(new Point("logs", "BucketSizeBytes", "GlacierStorage", DAY1, 300));
        cw.points.add(new Point("logs", "NumberOfObjects", "AllStorageTypes", DAY1, 6));
        cw.points.add(new Point("logs", "BucketSizeBytes", "StandardStorage", DAY2, 1000));
        cw.points.add(new Point("logs", "BucketSizeBytes", "StandardIAStorage", DAY2, 500.4));
        cw.points.add(new Point("logs", "NumberOfObjects", "AllStorageTypes", DAY2, 7));
        cw.points.add(new Point("logs-archive", "BucketSizeBytes", "StandardStorage", DAY2, 5));

        BucketUsage usage = read("logs");

        assertThat(usage.source()).isEqualTo(UsageSource.METRICS);
        assertThat(usage.asOf()).isEqualTo(DAY2);
        assertThat(usage.objects()).isEqualTo(7);
        assertThat(usage.bytes()).isEqualTo(1500);
        assertThat(usage.byStorageClass())
                .isEqualTo(Map.of(
                        "StandardStorage", new StorageClassUsage(StorageClassUsage.UNKNOWN, 1000),
                        "StandardIAStorage", new StorageClassUsage(StorageClassUsage.UNKNOWN, 500)));
        assertThat(usage.requests())
                .as("one list page, 3 storage types, the object count")
                .isEqualTo(5);
        assertThat(cw.asked).allSatisfy(r -> {
            assertThat(r.startTime()).isEqualTo(Instant.parse("2026-12-03T00:00:00Z"));
            assertThat(r.endTime()).isEqualTo(NOW);
            assertThat(r.period()).isEqualTo(86_400);
        });
    }

    @Test
    void bucketDuFromMetrics_throughTheBuilder_usesTheCallersCloudWatchClient() {
        Instant yesterday =
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).minusSeconds(86_400);
        cw.points.add(new Point("logs", "BucketSizeBytes", "StandardStorage", yesterday, 42));

        BucketUsage usage = dev.awsrecipes.s3.S3Recipes.builder()
                .s3Client(new InventoryS3("logs", 10))
                .cloudWatchClient(cw)
                .build()
                .bucketDuFromMetrics("logs");

        assertThat(usage.bytes()).isEqualTo(42);
        assertThat(usage.objects()).as("no NumberOfObjects datapoint").isEqualTo(StorageClassUsage.UNKNOWN);
        assertThat(usage.asOf()).isEqualTo(yesterday);
    }

    @Test
    void read_noDatapoints_saysSo() {
        cw.points.add(new Point("other", "BucketSizeBytes", "StandardStorage", DAY2, 1));

        assertThatThrownBy(() -> read("logs"))
                .isInstanceOf(AwsRecipesException.class)
                .hasMessageStartingWith("CloudWatch has no storage metrics for bucket logs since 2026-12-03T00:00:00Z");
    }
}
