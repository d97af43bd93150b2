package dev.awsrecipes.examples.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.examples.cli.AwsRecipesCli;
import dev.awsrecipes.examples.cli.Json;
import dev.awsrecipes.testing.LocalStack;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;

/**
 * Runs {@code aws-recipes} in-process against LocalStack as a fresh account, and on close removes every
 * instance, keypair and non-default security group of that account in the regions used.
 */
final class LaunchCli implements AutoCloseable {
    final LocalStack localStack;
    final String accountId = LocalStack.newAccountId();
    final Aws aws;
    private final List<Region> regions = new ArrayList<>();

    LaunchCli(LocalStack localStack, Region... regions) {
        this.localStack = localStack;
        this.aws = localStack.sessionForAccount(accountId);
        this.regions.add(localStack.region());
        this.regions.addAll(List.of(regions));
    }

    /** What one command line printed and returned. */
    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(out);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--endpoint-url");
        all.add(localStack.endpoint().toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
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
        int exit = AwsRecipesCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env);
        return new Result(exit, out.toString(), err.toString());
    }

    Ec2Client ec2() {
        return aws.client(Aws.EC2);
    }

    Ec2Client ec2(Region region) {
        return aws.client(Aws.EC2, region);
    }

    List<Instance> instances() {
        return ec2().describeInstancesPaginator().reservations().stream()
                .flatMap(r -> r.instances().stream())
                .toList();
    }

    @Override
    public void close() {
        try {
            for (Region region : regions) {
                Ec2Client ec2 = ec2(region);
                List<String> live = ec2.describeInstancesPaginator().reservations().stream()
                        .flatMap(r -> r.instances().stream())
                        .filter(i -> !i.state().nameAsString().equals("terminated"))
                        .map(Instance::instanceId)
                        .toList();
                if (!live.isEmpty()) {
                    ec2.terminateInstances(r -> r.instanceIds(live));
                    ec2.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(live), w -> w.waitTimeout(
                                    Duration.ofSeconds(60))
                            .maxAttempts(30));
                }
                ec2.describeKeyPairs().keyPairs().forEach(k -> ec2.deleteKeyPair(r -> r.keyName(k.keyName())));
                ec2.describeSecurityGroups().securityGroups().stream()
                        .filter(g -> !g.groupName().equals("default"))
                        .forEach(g -> ec2.deleteSecurityGroup(r -> r.groupId(g.groupId())));
            }
        } finally {
            aws.close();
        }
    }
}
