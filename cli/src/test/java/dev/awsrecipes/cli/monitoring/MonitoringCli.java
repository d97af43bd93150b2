package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.monitoring.MonitoringServices;
import dev.awsrecipes.testing.LocalStack;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Runs {@code aws-recipes} in-process against LocalStack as a fresh, empty account (so "one topic"
 * means one), launches instances with the SDK and terminates them on close.
 */
final class MonitoringCli implements AutoCloseable {
    final LocalStack localStack;
    final String accountId = LocalStack.newAccountId();
    final Aws aws;
    private final List<String> instances = new ArrayList<>();

    MonitoringCli(LocalStack localStack) {
        this.localStack = localStack;
        this.aws = localStack.sessionForAccount(accountId);
    }

    /** Runs the command as this test's account, against LocalStack. */
    CliResult run(String... args) {
        return CliRun.asAccount(localStack, accountId, args);
    }

    /** An instance with detailed monitoring on (LocalStack does not implement MonitorInstances). */
    String launch() {
        Ec2Client ec2 = aws.client(Ec2Recipes.EC2);
        String ami = ec2.describeImages(
                        r -> r.filters(f -> f.name("name").values("amzn2-ami-hvm-*"), f -> f.name("architecture")
                                .values("x86_64")))
                .images()
                .get(0)
                .imageId();
        String id = ec2.runInstances(r -> r.imageId(ami)
                        .instanceType(InstanceType.T2_MICRO)
                        .minCount(1)
                        .maxCount(1)
                        .monitoring(m -> m.enabled(true)))
                .instances()
                .get(0)
                .instanceId();
        instances.add(id);
        return id;
    }

    SnsClient sns() {
        return aws.client(MonitoringServices.SNS);
    }

    CloudWatchClient cloudWatch() {
        return aws.client(MonitoringServices.CLOUDWATCH);
    }

    @Override
    public void close() {
        try {
            if (!instances.isEmpty()) {
                aws.client(Ec2Recipes.EC2).terminateInstances(r -> r.instanceIds(instances));
            }
        } finally {
            aws.close();
        }
    }
}
