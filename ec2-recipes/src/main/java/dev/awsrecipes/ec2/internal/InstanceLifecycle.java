package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.ec2.LifecycleAction;
import dev.awsrecipes.ec2.LifecycleResult;
import dev.awsrecipes.ec2.LifecycleSpec;
import dev.awsrecipes.ec2.StateChange;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;

/** E14: start, stop and terminate, with EC2's dry run and an optional bounded wait. */
record InstanceLifecycle(Ec2Client ec2, Waits waits) {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceLifecycle.class);

    public LifecycleResult apply(LifecycleSpec spec) {
        List<String> ids = spec.instanceIds();
        List<InstanceStateChange> changes;
        try {
            changes = call(ec2, spec);
        } catch (AwsServiceException e) {
            if (!spec.dryRun()) {
                throw e;
            }
            // With DryRun, EC2 answers with an error either way: DryRunOperation means "would succeed";
            // any other code (UnauthorizedOperation, a missing instance) is the reason it would not.
            boolean would = AwsErrors.isDryRunSuccess(e);
            LOG.info("dry run of {} {}: {}", spec.action(), ids, would ? "would succeed" : AwsErrors.describe(e));
            return new LifecycleResult(spec.action(), true, would, AwsErrors.describe(e), ids, List.of());
        }
        List<StateChange> result = changes.stream()
                .map(c -> new StateChange(
                        c.instanceId(),
                        c.previousState().nameAsString(),
                        c.currentState().nameAsString()))
                .toList();
        if (spec.waitForState()) {
            result = await(ec2, spec, result, waits.timeout(spec.waitTimeout()));
        }
        LOG.info("{} {}: {}", spec.action(), ids, result);
        return new LifecycleResult(spec.action(), false, true, "", ids, result);
    }

    private static List<InstanceStateChange> call(Ec2Client ec2, LifecycleSpec spec) {
        List<String> ids = spec.instanceIds();
        boolean dry = spec.dryRun();
        return switch (spec.action()) {
            case START -> ec2.startInstances(r -> r.instanceIds(ids).dryRun(dry))
                    .startingInstances();
            case STOP -> ec2.stopInstances(r -> r.instanceIds(ids).dryRun(dry).force(spec.force()))
                    .stoppingInstances();
            case TERMINATE -> ec2.terminateInstances(r -> r.instanceIds(ids).dryRun(dry))
                    .terminatingInstances();
        };
    }

    private List<StateChange> await(Ec2Client ec2, LifecycleSpec spec, List<StateChange> changes, Duration timeout) {
        DescribeInstancesRequest describe = DescribeInstancesRequest.builder()
                .instanceIds(spec.instanceIds())
                .build();
        LifecycleAction action = spec.action();
        DescribeInstancesResponse done = BoundedWaiter.await(
                waits.listener(),
                "instances " + spec.instanceIds(),
                action.targetState(),
                timeout,
                override -> switch (action) {
                    case START -> ec2.waiter().waitUntilInstanceRunning(describe, override);
                    case STOP -> ec2.waiter().waitUntilInstanceStopped(describe, override);
                    case TERMINATE -> ec2.waiter().waitUntilInstanceTerminated(describe, override);
                });
        Map<String, Instance> now = done.reservations().stream()
                .flatMap(r -> r.instances().stream())
                .collect(Collectors.toMap(Instance::instanceId, Function.identity(), (a, b) -> a));
        return changes.stream()
                .map(c -> new StateChange(
                        c.instanceId(),
                        c.previousState(),
                        now.containsKey(c.instanceId())
                                ? now.get(c.instanceId()).state().nameAsString()
                                : c.currentState()))
                .toList();
    }
}
