package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;

/** E7 createVolume, E8 snapshotVolumes and E9 restoreVolume against LocalStack. */
class VolumeRecipesIT {

    @Ec2ServerTest
    void createVolume_createsInTheInstancesZoneAndAttachesAtTheDevice(Ec2Server server) {
        try (Aws aws = server.newAccountSession();
                Ec2Fixture fixture = new Ec2Fixture(aws)) {
            Instance instance = fixture.launch(aws.region(), r -> r.placement(p -> p.availabilityZone("us-east-1c")));

            AttachedVolume created = Ec2Recipes.using(aws).createVolume(instance.instanceId(), 3, "/dev/sdh");
            fixture.deleteVolumeLater(created.volumeId());

            assertThat(created.availabilityZone()).isEqualTo("us-east-1c");
            Volume volume = fixture.ec2()
                    .describeVolumes(r -> r.volumeIds(created.volumeId()))
                    .volumes()
                    .get(0);
            assertThat(volume.availabilityZone()).isEqualTo("us-east-1c");
            assertThat(volume.size()).isEqualTo(3);
            assertThat(volume.stateAsString()).isEqualTo("in-use");
            assertThat(volume.attachments())
                    .extracting(VolumeAttachment::instanceId, VolumeAttachment::device)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(instance.instanceId(), "/dev/sdh"));
        }
    }

    @Ec2ServerTest
    void snapshotVolumes_waiting_snapshotsEveryAttachedVolumeWithItsDevice(Ec2Server server) {
        try (Aws aws = server.newAccountSession();
                Ec2Fixture fixture = new Ec2Fixture(aws)) {
            Instance instance = fixture.launch();
            String data = fixture.attachNewVolume(instance, 1, "/dev/sdf");
            String root = fixture.describe(instance.instanceId()).blockDeviceMappings().stream()
                    .filter(m -> m.deviceName().equals("/dev/sda1"))
                    .findFirst()
                    .orElseThrow()
                    .ebs()
                    .volumeId();

            InstanceSnapshots taken = Ec2Recipes.using(aws)
                    .snapshotVolumes(s -> s.instanceId(instance.instanceId()).waitForCompletion(true));
            taken.snapshots().forEach(s -> fixture.deleteSnapshotLater(s.snapshotId()));

            assertThat(taken.snapshots())
                    .extracting(VolumeSnapshot::device, VolumeSnapshot::volumeId, VolumeSnapshot::state)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("/dev/sda1", root, "completed"),
                            org.assertj.core.groups.Tuple.tuple("/dev/sdf", data, "completed"));
            List<Snapshot> seen = fixture.ec2()
                    .describeSnapshots(r -> r.snapshotIds(taken.snapshots().stream()
                            .map(VolumeSnapshot::snapshotId)
                            .toList()))
                    .snapshots();
            assertThat(seen).extracting(Snapshot::volumeId).containsExactlyInAnyOrder(root, data);
            assertThat(seen).allSatisfy(s -> assertThat(s.stateAsString()).isEqualTo("completed"));
            assertThat(seen).allSatisfy(s -> assertThat(s.tags())
                    .anySatisfy(t -> assertThat(t.key()).isEqualTo("aws-recipes:device")));
        }
    }

    @Ec2ServerTest
    void restoreVolume_makesAVolumeOfTheSameSizeAndZoneFromTheLatestSnapshot(Ec2Server server) {
        try (Aws aws = server.newAccountSession();
                Ec2Fixture fixture = new Ec2Fixture(aws)) {
            Ec2Client ec2 = fixture.ec2();
            String volumeId = ec2.createVolume(
                            r -> r.availabilityZone("us-east-1b").size(4))
                    .volumeId();
            fixture.deleteVolumeLater(volumeId);
            for (int i = 0; i < 2; i++) {
                String id = ec2.createSnapshot(r -> r.volumeId(volumeId)).snapshotId();
                fixture.deleteSnapshotLater(id);
            }

            RestoredVolume restored = Ec2Recipes.using(aws).restoreVolume(volumeId);
            fixture.deleteVolumeLater(restored.volumeId());

            List<Snapshot> snapshots = ec2.describeSnapshots(r -> r.filters(
                            Filter.builder().name("volume-id").values(volumeId).build()))
                    .snapshots();
            Snapshot latest = snapshots.stream()
                    .max(Comparator.comparing(Snapshot::startTime))
                    .orElseThrow();
            Volume volume = ec2.describeVolumes(r -> r.volumeIds(restored.volumeId()))
                    .volumes()
                    .get(0);
            assertThat(volume.snapshotId()).isEqualTo(restored.snapshotId());
            assertThat(snapshots).extracting(Snapshot::snapshotId).contains(restored.snapshotId());
            // LocalStack's start times have one-second resolution; the chosen one is never older than the newest.
            assertThat(snapshots.stream()
                            .filter(s -> s.snapshotId().equals(restored.snapshotId()))
                            .findFirst()
                            .orElseThrow()
                            .startTime())
                    .isEqualTo(latest.startTime());
            assertThat(volume.size()).isEqualTo(4);
            assertThat(volume.availabilityZone()).isEqualTo("us-east-1b");
            assertThat(volume.stateAsString()).isEqualTo("available");
            assertThat(restored.sourceVolumeId()).isEqualTo(volumeId);
        }
    }

    @Ec2ServerTest
    void restoreVolume_volumeWithoutSnapshot_failsNamingTheVolume(Ec2Server server) {
        try (Aws aws = server.newAccountSession();
                Ec2Fixture fixture = new Ec2Fixture(aws)) {
            String volumeId = fixture.ec2()
                    .createVolume(r -> r.availabilityZone("us-east-1a").size(1))
                    .volumeId();
            fixture.deleteVolumeLater(volumeId);

            assertThatThrownBy(() -> Ec2Recipes.using(aws).restoreVolume(volumeId))
                    .isInstanceOf(AwsRecipesException.class)
                    .hasMessageContaining(volumeId)
                    .hasMessageContaining("no completed snapshot");
            assertThat(fixture.ec2()
                            .describeVolumes(r -> r.filters(Filter.builder()
                                    .name("tag-key")
                                    .values("aws-recipes:restored-from")
                                    .build()))
                            .volumes())
                    .isEmpty();
        }
    }
}
