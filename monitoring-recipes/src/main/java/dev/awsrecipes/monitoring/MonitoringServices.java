package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.AwsService;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sns.SnsClient;

/** The services this module talks to, for {@link dev.awsrecipes.core.Aws#client}: a caller that needs one of the clients the recipes use (a test checking an effect, say) gets the same cached client. */
public final class MonitoringServices {
    /**
     * EC2: instances and their monitoring. The same id as the EC2 recipes' service, so a session that
     * runs both shares one client; declared here so this module does not depend on the EC2 recipes.
     */
    public static final AwsService<Ec2Client> EC2 = AwsService.of("ec2", Ec2Client.class, Ec2Client::builder);

    /** CloudWatch: metrics and alarms. */
    public static final AwsService<CloudWatchClient> CLOUDWATCH =
            AwsService.of("cloudwatch", CloudWatchClient.class, CloudWatchClient::builder);

    /** SNS: the topics alarms notify. */
    public static final AwsService<SnsClient> SNS = AwsService.of("sns", SnsClient.class, SnsClient::builder);

    /** IAM: the restricted user of M6. */
    public static final AwsService<IamClient> IAM = AwsService.of("iam", IamClient.class, IamClient::builder);

    private MonitoringServices() {}
}
