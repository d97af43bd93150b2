package dev.awsrecipes.examples.cli;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsService;
import dev.awsrecipes.testing.LocalStack;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * What a command could have created in an account, read back with plain SDK calls in the session's
 * region: buckets, instances, key pairs, security groups other than the default one, volumes, Elastic
 * IPs, SNS topics, CloudWatch alarms and IAM users. A fresh LocalStack account has none of them.
 */
final class AccountContents {
    private static final AwsService<S3Client> S3 =
            AwsService.configured("s3", S3Client.class, c -> S3Client.builder().forcePathStyle(true));
    private static final AwsService<SnsClient> SNS = AwsService.of("sns", SnsClient.class, SnsClient::builder);
    private static final AwsService<CloudWatchClient> CLOUDWATCH =
            AwsService.of("cloudwatch", CloudWatchClient.class, CloudWatchClient::builder);
    private static final AwsService<IamClient> IAM = AwsService.of("iam", IamClient.class, IamClient::builder);

    private AccountContents() {}

    /** One line per resource found in the account (empty for an untouched account). */
    static List<String> of(LocalStack localStack, String accountId) {
        List<String> found = new ArrayList<>();
        try (Aws aws = localStack.sessionForAccount(accountId)) {
            aws.client(S3).listBuckets().buckets().forEach(b -> found.add("bucket " + b.name()));
            Ec2Client ec2 = aws.client(Aws.EC2);
            ec2.describeInstances().reservations().stream()
                    .map(Reservation::instances)
                    .flatMap(List::stream)
                    .forEach(i -> found.add(
                            "instance " + i.instanceId() + " (" + i.state().nameAsString() + ")"));
            ec2.describeKeyPairs().keyPairs().forEach(k -> found.add("key pair " + k.keyName()));
            ec2.describeSecurityGroups().securityGroups().stream()
                    .filter(g -> !g.groupName().equals("default"))
                    .forEach(g -> found.add("security group " + g.groupName()));
            ec2.describeVolumes().volumes().forEach(v -> found.add("volume " + v.volumeId()));
            ec2.describeAddresses().addresses().forEach(a -> found.add("address " + a.publicIp()));
            aws.client(SNS).listTopics().topics().forEach(t -> found.add("topic " + t.topicArn()));
            aws.client(CLOUDWATCH).describeAlarms().metricAlarms().forEach(a -> found.add("alarm " + a.alarmName()));
            aws.client(IAM).listUsers().users().forEach(u -> found.add("user " + u.userName()));
        }
        return found;
    }
}
