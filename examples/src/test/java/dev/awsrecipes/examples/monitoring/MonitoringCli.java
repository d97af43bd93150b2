package dev.awsrecipes.examples.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.examples.cli.AwsRecipesCli;
import dev.awsrecipes.examples.cli.Json;
import dev.awsrecipes.monitoring.internal.MonitoringServices;
import dev.awsrecipes.testing.LocalStack;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** What one command line printed and returned. */
    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--endpoint-url");
        all.add(localStack.endpoint().toString());
        Environment env = Environment.of(Map.of(
                "AWS_ACCESS_KEY_ID",
                accountId,
                "AWS_SECRET_ACCESS_KEY",
                LocalStack.SECRET_KEY,
                "AWS_REGION",
                localStack.region().id(),
                "AWS_CONFIG_FILE",
                "/nonexistent/aws-recipes-test/config",
                "AWS_SHARED_CREDENTIALS_FILE",
                "/nonexistent/aws-recipes-test/credentials"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AwsRecipesCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env);
        return new Result(exit, out.toString(), err.toString());
    }

    /** An instance with detailed monitoring on (LocalStack does not implement MonitorInstances). */
    String launch() {
        Ec2Client ec2 = aws.client(Aws.EC2);
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
                aws.client(Aws.EC2).terminateInstances(r -> r.instanceIds(instances));
            }
        } finally {
            aws.close();
        }
    }
}
