package dev.awsrecipes.cli;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsService;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.testing.LocalStack;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
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
        try (Aws aws = localStack.sessionForAccount(accountId)) {
            Ec2Client ec2 = aws.client(Ec2Recipes.EC2);
            // Asked all at once: a row of the bad-input table should cost one round trip, not nine.
            List<Supplier<Stream<String>>> questions = List.of(
                    () -> aws.client(S3).listBuckets().buckets().stream().map(b -> "bucket " + b.name()),
                    () -> ec2.describeInstances().reservations().stream()
                            .map(Reservation::instances)
                            .flatMap(List::stream)
                            .map(i -> "instance " + i.instanceId() + " ("
                                    + i.state().nameAsString() + ")"),
                    () -> ec2.describeKeyPairs().keyPairs().stream().map(k -> "key pair " + k.keyName()),
                    () -> ec2.describeSecurityGroups().securityGroups().stream()
                            .filter(g -> !g.groupName().equals("default"))
                            .map(g -> "security group " + g.groupName()),
                    () -> ec2.describeVolumes().volumes().stream().map(v -> "volume " + v.volumeId()),
                    () -> ec2.describeAddresses().addresses().stream().map(a -> "address " + a.publicIp()),
                    () -> aws.client(SNS).listTopics().topics().stream().map(t -> "topic " + t.topicArn()),
                    () -> aws.client(CLOUDWATCH).describeAlarms().metricAlarms().stream()
                            .map(a -> "alarm " + a.alarmName()),
                    () -> aws.client(IAM).listUsers().users().stream().map(u -> "user " + u.userName()));
            List<CompletableFuture<List<String>>> answers = questions.stream()
                    .map(q -> CompletableFuture.supplyAsync(() -> q.get().toList(), aws.executor()))
                    .toList();
            return answers.stream().flatMap(a -> a.join().stream()).toList();
        }
    }
}
