package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.ec2.RestoredVolume;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Volume;

/** E9: a new volume from the latest completed snapshot of a volume, in its size and zone. */
record VolumeRestorer(Ec2Client ec2, Waits waits) {
    private static final Logger LOG = LoggerFactory.getLogger(VolumeRestorer.class);

    /**
     * @param availabilityZone where to create the volume; the source's zone when null (then the source
     *     volume must still exist)
     */
    public RestoredVolume restore(String volumeId, String availabilityZone, Duration timeout) {
        Snapshot snapshot = Optional.ofNullable(
                        SnapshotHistory.latestCompleted(ec2, List.of(volumeId)).get(volumeId))
                .orElseThrow(() ->
                        new AwsRecipesException("volume " + volumeId + " has no completed snapshot to restore from"));
        Optional<Volume> source = describe(ec2, volumeId);
        String zone = availabilityZone != null
                ? availabilityZone
                : source.map(Volume::availabilityZone)
                        .orElseThrow(() -> new InvalidArgumentException(
                                "availabilityZone",
                                "availabilityZone is required: volume " + volumeId
                                        + " no longer exists, so its zone is unknown"));
        // The snapshot records the size of the volume it was taken of; the volume may have grown since.
        int size = source.map(Volume::size).orElse(snapshot.volumeSize());
        CreateVolumeResponse created = ec2.createVolume(r -> {
            r.snapshotId(snapshot.snapshotId())
                    .availabilityZone(zone)
                    .size(size)
                    .tagSpecifications(TagSpecification.builder()
                            .resourceType(ResourceType.VOLUME)
                            .tags(VolumeSnapshotter.tag("aws-recipes:restored-from", volumeId))
                            .build());
            source.ifPresent(v -> r.volumeType(v.volumeTypeAsString()));
        });
        LOG.info("volume {} restored from {} of {}", created.volumeId(), snapshot.snapshotId(), volumeId);
        Volume ready = BoundedWaiter.await(
                        waits.listener(), "volume " + created.volumeId(), "available", timeout, override -> ec2.waiter()
                                .waitUntilVolumeAvailable(
                                        DescribeVolumesRequest.builder()
                                                .volumeIds(created.volumeId())
                                                .build(),
                                        override))
                .volumes()
                .get(0);
        return new RestoredVolume(
                ready.volumeId(),
                volumeId,
                snapshot.snapshotId(),
                ready.size(),
                ready.availabilityZone(),
                ready.stateAsString());
    }

    private static Optional<Volume> describe(Ec2Client ec2, String volumeId) {
        try {
            return ec2.describeVolumes(r -> r.volumeIds(volumeId)).volumes().stream()
                    .findFirst();
        } catch (RuntimeException e) {
            if (AwsErrors.isNotFound(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
