package dev.awsrecipes.monitoring.internal;

import dev.awsrecipes.core.AwsService;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sns.SnsClient;

/** The services this module talks to, besides {@link dev.awsrecipes.core.Aws#EC2}. */
public final class MonitoringServices {
    /** CloudWatch: metrics and alarms. */
    public static final AwsService<CloudWatchClient> CLOUDWATCH =
            AwsService.of("cloudwatch", CloudWatchClient.class, CloudWatchClient::builder);

    /** SNS: the topics alarms notify. */
    public static final AwsService<SnsClient> SNS = AwsService.of("sns", SnsClient.class, SnsClient::builder);

    /** IAM: the restricted user of M6. */
    public static final AwsService<IamClient> IAM = AwsService.of("iam", IamClient.class, IamClient::builder);

    private MonitoringServices() {}
}
