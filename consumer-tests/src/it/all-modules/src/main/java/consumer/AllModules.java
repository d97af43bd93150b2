package consumer;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.CallerIdentity;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.Ec2Regions;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import dev.awsrecipes.monitoring.Topic;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.ssh.SshRecipes;
import dev.awsrecipes.ssh.SshSpec;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.regions.Region;

/** What a user of all three recipe modules writes: one recipe of each against LocalStack, each checked. */
public final class AllModules {
    public static void main(String[] args) {
        String endpoint = System.getenv("LOCALSTACK_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalStateException("LOCALSTACK_ENDPOINT is not set; scripts/test sets it");
        }
        String account = String.valueOf(100_000_000_000L + ThreadLocalRandom.current().nextLong(800_000_000_000L));
        try (Aws aws = Aws.builder()
                .endpoint(endpoint)
                .region("us-east-1")
                .credentials(account, "test")
                .build()) {
            CallerIdentity who = aws.whoami();
            check(who.account().equals(account), "whoami names account " + who.account());

            List<Region> regions = Ec2Regions.enabled(aws);
            check(regions.contains(Region.US_EAST_1), "enabled regions lack us-east-1: " + regions);
            int described = aws.client(Ec2Recipes.EC2).describeRegions().regions().size();
            check(described > 0, "DescribeRegions listed nothing");

            // The SSH module resolves with its own dependencies (sshj): a spec checks itself, no login needed.
            check(SshRecipes.using(aws) != null, "SshRecipes.using gave nothing");
            check(SshSpec.builder().host("127.0.0.1").keyFile(java.nio.file.Path.of("k.pem")).build().port() == 22,
                    "SshSpec lost its default port");

            String bucket = "consumer-all-" + account;
            S3Recipes s3 = S3Recipes.using(aws);
            check(s3.createBucket(bucket).created(), "bucket " + bucket + " was not created");
            check(!s3.createBucket(bucket).created(), "createBucket is not idempotent");
            s3.deleteBucket(bucket);

            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            Topic topic = monitoring.createTopic("consumer-all-" + account);
            try {
                check(monitoring.createTopic(topic.name()).arn().equals(topic.arn()), "createTopic made a second topic");
                check(monitoring.subscriptions(topic.arn()).isEmpty(), "a new topic has subscriptions");
            } finally {
                monitoring.deleteTopic(topic.arn());
            }
            System.out.println("all-modules consumer: whoami, Ec2Regions, createBucket, createTopic ok ("
                    + regions.size() + " regions)");
        }
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }
}
