package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.ec2.CloneSpec;
import dev.awsrecipes.ec2.ClonedInstance;
import dev.awsrecipes.ec2.SnapshotSpec;
import dev.awsrecipes.ec2.VolumeSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceAttributeName;
import software.amazon.awssdk.services.ec2.model.MonitoringState;
import software.amazon.awssdk.services.ec2.model.Placement;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Volume;

/**
 * E10: launches a copy of an instance: AMI, keypair, security groups, type, kernel and ramdisk,
 * monitoring, placement, subnet, user data, and its non-root volumes from their latest snapshots.
 */
record InstanceCloner(Ec2Client ec2, Waits waits) {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceCloner.class);

    public ClonedInstance cloneInstance(CloneSpec spec) {
        Duration timeout = waits.timeout(spec.waitTimeout());
        Instance source = InstanceLookup.describe(ec2, spec.sourceInstanceId());
        List<VolumeSnapshot> fresh = List.of();
        if (spec.freshSnapshots() && !ClonePlan.nonRootVolumes(source).isEmpty()) {
            fresh = new VolumeSnapshotter(ec2, waits)
                    .snapshot(SnapshotSpec.builder()
                            .instanceId(source.instanceId())
                            .waitForCompletion(true)
                            .waitTimeout(timeout)
                            .build())
                    .snapshots();
        }
        List<String> volumeIds = ClonePlan.nonRootVolumes(source).stream()
                .map(m -> m.ebs().volumeId())
                .toList();
        ClonePlan plan = ClonePlan.of(source, SnapshotHistory.latestCompleted(ec2, volumeIds), volumes(ec2, volumeIds));
        RunInstancesRequest request = runRequest(source, userData(ec2, source.instanceId()), plan, spec);
        Instance clone = ec2.runInstances(request).instances().get(0);
        LOG.info("instance {} launched as a clone of {}", clone.instanceId(), source.instanceId());
        String state = clone.state().nameAsString();
        if (spec.waitUntilRunning()) {
            state = BoundedWaiter.await(
                            waits.listener(),
                            "instance " + clone.instanceId(),
                            "running",
                            timeout,
                            override -> ec2.waiter()
                                    .waitUntilInstanceRunning(
                                            DescribeInstancesRequest.builder()
                                                    .instanceIds(clone.instanceId())
                                                    .build(),
                                            override))
                    .reservations()
                    .get(0)
                    .instances()
                    .get(0)
                    .state()
                    .nameAsString();
        }
        return new ClonedInstance(
                clone.instanceId(), source.instanceId(), state, plan.fromSnapshots(), plan.withoutSnapshot(), fresh);
    }

    /**
     * The source's user data exactly as EC2 holds it: {@code DescribeInstanceAttribute} answers in
     * base64 and {@code RunInstances} takes base64, so the text is passed on as it is — encoding it
     * again would hand the clone base64 instead of its script. Null when there is none.
     */
    private static String userData(Ec2Client ec2, String instanceId) {
        var attribute = ec2.describeInstanceAttribute(
                        r -> r.instanceId(instanceId).attribute(InstanceAttributeName.USER_DATA))
                .userData();
        return attribute == null
                        || attribute.value() == null
                        || attribute.value().isEmpty()
                ? null
                : attribute.value();
    }

    private static Map<String, Volume> volumes(Ec2Client ec2, List<String> volumeIds) {
        if (volumeIds.isEmpty()) {
            return Map.of();
        }
        return ec2.describeVolumes(r -> r.volumeIds(volumeIds)).volumes().stream()
                .collect(Collectors.toMap(Volume::volumeId, Function.identity()));
    }

    static RunInstancesRequest runRequest(Instance source, String userData, ClonePlan plan, CloneSpec spec) {
        RunInstancesRequest.Builder run = RunInstancesRequest.builder()
                .imageId(source.imageId())
                .instanceType(source.instanceTypeAsString())
                .minCount(1)
                .maxCount(1)
                .clientToken(spec.clientToken().orElse(UUID.randomUUID().toString()))
                .monitoring(m -> m.enabled(isMonitored(source)))
                .placement(placement(source.placement()))
                .tagSpecifications(TagSpecification.builder()
                        .resourceType(ResourceType.INSTANCE)
                        .tags(VolumeSnapshotter.tag("aws-recipes:cloned-from", source.instanceId()))
                        .build());
        if (source.keyName() != null) {
            run.keyName(source.keyName());
        }
        if (source.kernelId() != null) {
            run.kernelId(source.kernelId());
        }
        if (source.ramdiskId() != null) {
            run.ramdiskId(source.ramdiskId());
        }
        if (source.subnetId() != null) {
            // Security-group ids belong to one VPC: the clone must land in the source's subnet for them to apply.
            run.subnetId(source.subnetId());
        }
        List<String> groupIds =
                source.securityGroups().stream().map(GroupIdentifier::groupId).toList();
        if (!groupIds.isEmpty()) {
            run.securityGroupIds(groupIds);
        }
        if (source.iamInstanceProfile() != null && source.iamInstanceProfile().arn() != null) {
            run.iamInstanceProfile(p -> p.arn(source.iamInstanceProfile().arn()));
        }
        if (Boolean.TRUE.equals(source.ebsOptimized())) {
            run.ebsOptimized(true);
        }
        if (userData != null) {
            run.userData(userData);
        }
        if (!plan.mappings().isEmpty()) {
            run.blockDeviceMappings(plan.mappings());
        }
        return run.build();
    }

    static boolean isMonitored(Instance source) {
        MonitoringState state =
                source.monitoring() == null ? null : source.monitoring().state();
        return state == MonitoringState.ENABLED || state == MonitoringState.PENDING;
    }

    private static Placement placement(Placement source) {
        Placement.Builder placement = Placement.builder();
        if (source == null) {
            return placement.build();
        }
        placement.availabilityZone(source.availabilityZone()).tenancy(source.tenancy());
        if (source.groupName() != null && !source.groupName().isBlank()) {
            placement.groupName(source.groupName());
        }
        if (source.hostId() != null) {
            placement.hostId(source.hostId());
        }
        return placement.build();
    }
}
