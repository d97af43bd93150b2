package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.CreateIfMissing;
import dev.awsrecipes.core.WaitListener;
import dev.awsrecipes.core.WaitTicker;
import dev.awsrecipes.core.WaitTimeoutException;
import dev.awsrecipes.ec2.LaunchSpec;
import dev.awsrecipes.ec2.LaunchedInstance;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.waiters.Ec2Waiter;

/** E1: keypair and security group made sure of, then one instance run and waited for. */
record InstanceLauncher(Ec2Client ec2, Waits waits) {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceLauncher.class);
    private static final Duration POLL = Duration.ofSeconds(5);

    public LaunchedInstance launch(LaunchSpec spec) {
        KeyPairs.Ensured key = KeyPairs.ensure(ec2, spec.keyName(), spec.keyType(), spec.keyFile());
        CreateIfMissing.Outcome<String> group =
                SecurityGroups.ensure(ec2, spec.groupName(), "aws-recipes: SSH access to launched instances");
        boolean added = SecurityGroups.authorize(
                ec2, group.value(), SecurityGroups.rule("tcp", spec.sshPort(), spec.sshPort(), spec.cidr()));
        LOG.info(
                "security group {} ({}): tcp {} from {} {}",
                spec.groupName(),
                group.value(),
                spec.sshPort(),
                spec.cidr(),
                added ? "authorized" : "was already authorized");

        Instance started =
                ec2.runInstances(request(spec, group.value())).instances().get(0);
        LOG.info("started {} from {} (client token {})", started.instanceId(), spec.ami(), spec.clientToken());
        Instance running =
                waitUntilRunning(waits.listener(), ec2, started.instanceId(), waits.timeout(spec.waitTimeout()));
        return new LaunchedInstance(
                running.instanceId(),
                running.state().nameAsString(),
                running.publicIpAddress(),
                key.keyFile(),
                key.created(),
                group.created());
    }

    private static RunInstancesRequest request(LaunchSpec spec, String groupId) {
        RunInstancesRequest.Builder run = RunInstancesRequest.builder()
                .imageId(spec.ami())
                .instanceType(spec.instanceType())
                .keyName(spec.keyName())
                .securityGroupIds(groupId)
                .minCount(1)
                .maxCount(1)
                .clientToken(spec.clientToken());
        spec.userData().ifPresent(data -> run.userData(Base64.getEncoder().encodeToString(data)));
        if (!spec.tags().isEmpty()) {
            List<Tag> tags = spec.tags().entrySet().stream()
                    .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                    .toList();
            run.tagSpecifications(TagSpecification.builder()
                    .resourceType(ResourceType.INSTANCE)
                    .tags(tags)
                    .build());
        }
        return run.build();
    }

    /**
     * Waits with the SDK waiter. Its attempt count would end the wait before the timeout if left at
     * the default, so both are set: attempts enough to fill the timeout at the poll interval.
     */
    static Instance waitUntilRunning(WaitListener listener, Ec2Client ec2, String instanceId, Duration timeout) {
        Duration poll = timeout.compareTo(POLL) < 0 ? timeout : POLL;
        int attempts = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis() / poll.toMillis() + 1);
        WaiterOverrideConfiguration bound = WaiterOverrideConfiguration.builder()
                .waitTimeout(timeout)
                .maxAttempts(attempts)
                .backoffStrategyV2(BackoffStrategy.fixedDelay(poll))
                .build();
        try (Ec2Waiter waiter = Ec2Waiter.builder().client(ec2).build();
                var ticker = WaitTicker.start(listener, "instance " + instanceId, "running", timeout)) {
            WaiterResponse<DescribeInstancesResponse> response = waiter.waitUntilInstanceRunning(
                    DescribeInstancesRequest.builder().instanceIds(instanceId).build(), bound);
            if (response.matched().response().isPresent()) {
                ticker.reached();
            }
            return response.matched()
                    .response()
                    .flatMap(d -> d.reservations().stream()
                            .flatMap(r -> r.instances().stream())
                            .findFirst())
                    .orElseThrow(() -> new AwsRecipesException(
                            "instance " + instanceId + " is running but DescribeInstances did not return it"));
        } catch (SdkClientException e) {
            if (String.valueOf(e.getMessage()).contains("exceeded")) {
                throw new WaitTimeoutException("instance " + instanceId, "running", timeout, e);
            }
            throw new AwsRecipesException("instance " + instanceId + " did not reach running: " + e.getMessage(), e);
        }
    }
}
