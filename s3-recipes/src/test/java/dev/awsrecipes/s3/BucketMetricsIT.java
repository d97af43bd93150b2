package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.AwsService;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.S3ServerKind;
import dev.awsrecipes.testing.S3ServerTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;

/**
 * S4 from CloudWatch's daily storage metrics, on LocalStack: the test puts {@code AWS/S3} datapoints as
 * S3 publishes them (once a day, stamped at midnight UTC) with PutMetricData, and bucketDuFromMetrics must
 * read back the newest day's values only. AWS itself refuses PutMetricData into {@code AWS/} namespaces,
 * so this cannot run against an account; no S3 server but LocalStack has CloudWatch.
 */
class BucketMetricsIT {
    private static final AwsService<CloudWatchClient> CLOUDWATCH =
            AwsService.of("cloudwatch", CloudWatchClient.class, CloudWatchClient::builder);

    @S3ServerTest(value = S3ServerKind.LOCALSTACK, because = "versitygw has no CloudWatch")
    void bucketDuFromMetrics_twoDaysOfDatapoints_givesTheNewestDayPerStorageType(Aws aws) {
        String bucket = LocalStack.uniqueName("s3metrics");
        Instant yesterday = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS);
        Instant dayBefore = yesterday.minus(1, ChronoUnit.DAYS);
        CloudWatchClient cw = aws.client(CLOUDWATCH);
        put(cw, bucket, "BucketSizeBytes", "StandardStorage", dayBefore, 900, StandardUnit.BYTES);
        put(cw, bucket, "BucketSizeBytes", "GlacierStorage", dayBefore, 300, StandardUnit.BYTES);
        put(cw, bucket, "NumberOfObjects", "AllStorageTypes", dayBefore, 6, StandardUnit.COUNT);
        put(cw, bucket, "BucketSizeBytes", "StandardStorage", yesterday, 1000, StandardUnit.BYTES);
        put(cw, bucket, "BucketSizeBytes", "StandardIAStorage", yesterday, 500, StandardUnit.BYTES);
        put(cw, bucket, "NumberOfObjects", "AllStorageTypes", yesterday, 7, StandardUnit.COUNT);
        // Another bucket's metrics must not count. Its name does not start with this one's: LocalStack's
        // GetMetricStatistics matched "NAME-other" for the dimension value NAME here (AWS matches exactly).
        put(cw, "other-" + bucket, "BucketSizeBytes", "StandardStorage", yesterday, 5, StandardUnit.BYTES);

        BucketUsage usage = S3Recipes.using(aws).bucketDuFromMetrics(bucket);

        assertThat(usage.source()).isEqualTo(UsageSource.METRICS);
        assertThat(usage.asOf()).isEqualTo(yesterday);
        assertThat(usage.bucket()).isEqualTo(bucket);
        assertThat(usage.objects()).isEqualTo(7);
        assertThat(usage.bytes()).as("%s", usage).isEqualTo(1500);
        assertThat(usage.allVersions()).as("CloudWatch counts every version").isTrue();
        assertThat(usage.byStorageClass())
                .as("GlacierStorage's newest value is a day older: emptied since")
                .isEqualTo(Map.of(
                        "StandardStorage", new StorageClassUsage(StorageClassUsage.UNKNOWN, 1000),
                        "StandardIAStorage", new StorageClassUsage(StorageClassUsage.UNKNOWN, 500)));
    }

    @S3ServerTest(value = S3ServerKind.LOCALSTACK, because = "versitygw has no CloudWatch")
    void bucketDuFromMetrics_noDatapoints_saysSo(Aws aws) {
        String bucket = LocalStack.uniqueName("s3metrics-none");

        assertThatThrownBy(() -> S3Recipes.using(aws).bucketDuFromMetrics(bucket))
                .isInstanceOf(AwsRecipesException.class)
                .hasMessageStartingWith("CloudWatch has no storage metrics for bucket " + bucket + " since ");
    }

    private static void put(
            CloudWatchClient cw,
            String bucket,
            String metric,
            String storageType,
            Instant at,
            double value,
            StandardUnit unit) {
        cw.putMetricData(p -> p.namespace("AWS/S3").metricData(d -> d.metricName(metric)
                .dimensions(x -> x.name("BucketName").value(bucket), x -> x.name("StorageType")
                        .value(storageType))
                .timestamp(at)
                .value(value)
                .unit(unit)));
    }
}
