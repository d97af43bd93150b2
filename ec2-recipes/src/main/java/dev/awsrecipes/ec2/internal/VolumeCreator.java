package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.ec2.AttachedVolume;
import dev.awsrecipes.ec2.VolumeSpec;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** E7: a new EBS volume in the instance's zone, waited for, attached at a device, waited for again. */
record VolumeCreator(Ec2Client ec2, Waits waits) {
    private static final Logger LOG = LoggerFactory.getLogger(VolumeCreator.class);

    public AttachedVolume create(VolumeSpec spec) {
        Duration timeout = waits.timeout(spec.waitTimeout());
        Instance instance = InstanceLookup.describe(ec2, spec.instanceId());
        String zone = instance.placement().availabilityZone();
        CreateVolumeResponse created = ec2.createVolume(r -> r.availabilityZone(zone)
                .size(spec.sizeGiB())
                .volumeType(spec.volumeType())
                .tagSpecifications(TagSpecification.builder()
                        .resourceType(ResourceType.VOLUME)
                        .tags(VolumeSnapshotter.tag("aws-recipes:for-instance", instance.instanceId()))
                        .build()));
        String volumeId = created.volumeId();
        LOG.info("volume {} created in {} for {}", volumeId, zone, instance.instanceId());
        DescribeVolumesRequest describe =
                DescribeVolumesRequest.builder().volumeIds(volumeId).build();
        BoundedWaiter.await(waits.listener(), "volume " + volumeId, "available", timeout, override -> ec2.waiter()
                .waitUntilVolumeAvailable(describe, override));
        ec2.attachVolume(
                r -> r.volumeId(volumeId).instanceId(instance.instanceId()).device(spec.device()));
        BoundedWaiter.await(
                waits.listener(),
                "volume " + volumeId,
                "in-use (attached to " + instance.instanceId() + ")",
                timeout,
                override -> ec2.waiter().waitUntilVolumeInUse(describe, override));
        LOG.info("volume {} attached to {} at {}", volumeId, instance.instanceId(), spec.device());
        return new AttachedVolume(
                volumeId, instance.instanceId(), spec.device(), zone, created.size(), created.volumeTypeAsString());
    }
}
