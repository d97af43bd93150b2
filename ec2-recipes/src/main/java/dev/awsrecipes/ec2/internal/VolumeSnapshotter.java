package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.WaitListener;
import dev.awsrecipes.ec2.InstanceSnapshots;
import dev.awsrecipes.ec2.SnapshotSpec;
import dev.awsrecipes.ec2.VolumeSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** E8: one snapshot per EBS volume attached to an instance, each labelled with its device. */
record VolumeSnapshotter(Ec2Client ec2, Waits waits) {
    private static final Logger LOG = LoggerFactory.getLogger(VolumeSnapshotter.class);

    public InstanceSnapshots snapshot(SnapshotSpec spec) {
        Instance instance = InstanceLookup.describe(ec2, spec.instanceId());
        List<VolumeSnapshot> taken = new ArrayList<>();
        for (InstanceBlockDeviceMapping mapping : instance.blockDeviceMappings()) {
            if (mapping.ebs() == null || mapping.ebs().volumeId() == null) {
                continue;
            }
            String device = mapping.deviceName();
            String volumeId = mapping.ebs().volumeId();
            String description = spec.description()
                    .orElse("aws-recipes: " + volumeId + " at " + device + " of " + instance.instanceId());
            CreateSnapshotResponse created = ec2.createSnapshot(r -> r.volumeId(volumeId)
                    .description(description)
                    .tagSpecifications(TagSpecification.builder()
                            .resourceType(ResourceType.SNAPSHOT)
                            .tags(
                                    tag("aws-recipes:instance-id", instance.instanceId()),
                                    tag("aws-recipes:device", device))
                            .build()));
            LOG.info("snapshot {} of {} at {} of {}", created.snapshotId(), volumeId, device, instance.instanceId());
            taken.add(new VolumeSnapshot(device, volumeId, created.snapshotId(), created.stateAsString()));
        }
        if (spec.waitForCompletion() && !taken.isEmpty()) {
            taken = awaitCompleted(waits.listener(), ec2, taken, waits.timeout(spec.waitTimeout()));
        }
        return new InstanceSnapshots(instance.instanceId(), taken);
    }

    private static List<VolumeSnapshot> awaitCompleted(
            WaitListener listener, Ec2Client ec2, List<VolumeSnapshot> taken, Duration timeout) {
        List<String> ids = taken.stream().map(VolumeSnapshot::snapshotId).toList();
        BoundedWaiter.await(listener, "snapshots " + ids, "completed", timeout, override -> ec2.waiter()
                .waitUntilSnapshotCompleted(
                        DescribeSnapshotsRequest.builder().snapshotIds(ids).build(), override));
        Map<String, Snapshot> now = ec2.describeSnapshots(r -> r.snapshotIds(ids)).snapshots().stream()
                .collect(Collectors.toMap(Snapshot::snapshotId, Function.identity()));
        return taken.stream()
                .map(v -> new VolumeSnapshot(
                        v.device(),
                        v.volumeId(),
                        v.snapshotId(),
                        now.containsKey(v.snapshotId())
                                ? now.get(v.snapshotId()).stateAsString()
                                : v.state()))
                .toList();
    }

    static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
