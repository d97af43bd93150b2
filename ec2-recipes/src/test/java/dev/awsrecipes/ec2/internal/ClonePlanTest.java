package dev.awsrecipes.ec2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.ec2.CloneSpec;
import dev.awsrecipes.ec2.VolumeFromSnapshot;
import dev.awsrecipes.ec2.VolumeWithoutSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.EbsInstanceBlockDevice;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.MonitoringState;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.SnapshotState;
import software.amazon.awssdk.services.ec2.model.Volume;

class ClonePlanTest {

    private static InstanceBlockDeviceMapping attached(String device, String volumeId) {
        return InstanceBlockDeviceMapping.builder()
                .deviceName(device)
                .ebs(EbsInstanceBlockDevice.builder()
                        .volumeId(volumeId)
                        .deleteOnTermination(false)
                        .build())
                .build();
    }

    private static Instance source() {
        return Instance.builder()
                .instanceId("i-0source0")
                .imageId("ami-12345678")
                .instanceType("m5.large")
                .keyName("ops")
                .kernelId("aki-1")
                .rootDeviceName("/dev/xvda")
                .subnetId("subnet-1")
                .securityGroups(GroupIdentifier.builder()
                        .groupId("sg-1")
                        .groupName("web")
                        .build())
                .monitoring(m -> m.state(MonitoringState.ENABLED))
                .placement(
                        p -> p.availabilityZone("eu-west-1b").tenancy("default").groupName(""))
                .blockDeviceMappings(
                        attached("/dev/xvda", "vol-root"),
                        attached("/dev/sdf", "vol-data"),
                        attached("/dev/sdg", "vol-tmp"))
                .build();
    }

    @Test
    void of_rootSkipped_snapshottedVolumesMapped_othersReported() {
        Snapshot snap = Snapshot.builder()
                .snapshotId("snap-1")
                .volumeId("vol-data")
                .state(SnapshotState.COMPLETED)
                .build();
        Volume data = Volume.builder()
                .volumeId("vol-data")
                .size(50)
                .volumeType("io1")
                .iops(3000)
                .build();

        ClonePlan plan = ClonePlan.of(source(), Map.of("vol-data", snap), Map.of("vol-data", data));

        assertThat(plan.fromSnapshots()).containsExactly(new VolumeFromSnapshot("/dev/sdf", "vol-data", "snap-1"));
        assertThat(plan.withoutSnapshot()).containsExactly(new VolumeWithoutSnapshot("/dev/sdg", "vol-tmp"));
        BlockDeviceMapping mapping = plan.mappings().get(0);
        assertThat(mapping.deviceName()).isEqualTo("/dev/sdf");
        assertThat(mapping.ebs().snapshotId()).isEqualTo("snap-1");
        assertThat(mapping.ebs().volumeSize()).isEqualTo(50);
        assertThat(mapping.ebs().iops()).isEqualTo(3000);
        assertThat(mapping.ebs().deleteOnTermination()).isFalse();
        assertThat(plan.mappings()).hasSize(1);
    }

    @Test
    void runRequest_copiesSettingsAndPassesUserDataThroughWithoutEncodingAgain() {
        String encoded = Base64.getEncoder().encodeToString("#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8));
        ClonePlan plan = ClonePlan.of(source(), Map.of(), Map.of());

        RunInstancesRequest run = InstanceCloner.runRequest(
                source(),
                encoded,
                plan,
                CloneSpec.builder()
                        .sourceInstanceId("i-0source0")
                        .clientToken("t-1")
                        .build());

        assertThat(run.userData()).isEqualTo(encoded);
        assertThat(run.imageId()).isEqualTo("ami-12345678");
        assertThat(run.instanceTypeAsString()).isEqualTo("m5.large");
        assertThat(run.keyName()).isEqualTo("ops");
        assertThat(run.kernelId()).isEqualTo("aki-1");
        assertThat(run.ramdiskId()).isNull();
        assertThat(run.securityGroupIds()).containsExactly("sg-1");
        assertThat(run.subnetId()).isEqualTo("subnet-1");
        assertThat(run.monitoring().enabled()).isTrue();
        assertThat(run.placement().availabilityZone()).isEqualTo("eu-west-1b");
        assertThat(run.placement().groupName()).isNull();
        assertThat(run.clientToken()).isEqualTo("t-1");
        assertThat(run.hasBlockDeviceMappings()).isFalse();
    }

    @Test
    void of_volumeSettings_gp3KeepsIopsAndThroughput_gp2DropsIops_undescribedVolumeKeepsOnlyItsSnapshot() {
        Instance source = source().toBuilder()
                .blockDeviceMappings(
                        attached("/dev/xvda", "vol-root"),
                        attached("/dev/sdf", "vol-gp3"),
                        attached("/dev/sdg", "vol-gp2"),
                        attached("/dev/sdh", "vol-gone"))
                .build();
        Map<String, Snapshot> latest = Map.of(
                "vol-gp3", completed("snap-gp3", "vol-gp3"),
                "vol-gp2", completed("snap-gp2", "vol-gp2"),
                "vol-gone", completed("snap-gone", "vol-gone"));
        Map<String, Volume> volumes = Map.of(
                "vol-gp3",
                        Volume.builder()
                                .volumeId("vol-gp3")
                                .size(100)
                                .volumeType("gp3")
                                .iops(6000)
                                .throughput(250)
                                .build(),
                "vol-gp2",
                        Volume.builder()
                                .volumeId("vol-gp2")
                                .size(30)
                                .volumeType("gp2")
                                .iops(100)
                                .build());

        ClonePlan plan = ClonePlan.of(source, latest, volumes);

        assertThat(plan.mappings())
                .extracting(BlockDeviceMapping::deviceName)
                .containsExactly("/dev/sdf", "/dev/sdg", "/dev/sdh");
        assertThat(plan.mappings().get(0).ebs()).satisfies(ebs -> {
            assertThat(ebs.volumeSize()).isEqualTo(100);
            assertThat(ebs.iops()).isEqualTo(6000);
            assertThat(ebs.throughput()).isEqualTo(250);
        });
        // gp2 derives IOPS from its size and EC2 rejects a mapping that names them.
        assertThat(plan.mappings().get(1).ebs()).satisfies(ebs -> {
            assertThat(ebs.volumeTypeAsString()).isEqualTo("gp2");
            assertThat(ebs.iops()).isNull();
            assertThat(ebs.throughput()).isNull();
        });
        // A volume DescribeVolumes no longer lists still comes back from its snapshot, at the snapshot's size.
        assertThat(plan.mappings().get(2).ebs()).satisfies(ebs -> {
            assertThat(ebs.snapshotId()).isEqualTo("snap-gone");
            assertThat(ebs.volumeSize()).isNull();
            assertThat(ebs.volumeType()).isNull();
        });
        assertThat(plan.withoutSnapshot()).isEmpty();
    }

    @Test
    void runRequest_instanceAttributes_profileEbsOptimizedRamdiskAndPlacementCopied_noGroupsNoneSent() {
        Instance source = source().toBuilder()
                .ramdiskId("ari-1")
                .ebsOptimized(true)
                .iamInstanceProfile(p -> p.arn("arn:aws:iam::111111111111:instance-profile/web"))
                .securityGroups(List.of())
                .monitoring(m -> m.state(MonitoringState.DISABLED))
                .placement(p -> p.availabilityZone("eu-west-1c")
                        .tenancy("dedicated")
                        .groupName("spread-1")
                        .hostId("h-0abc"))
                .build();

        RunInstancesRequest run = InstanceCloner.runRequest(
                source,
                null,
                ClonePlan.of(source, Map.of(), Map.of()),
                CloneSpec.builder().sourceInstanceId("i-0source0").build());

        assertThat(run.ramdiskId()).isEqualTo("ari-1");
        assertThat(run.ebsOptimized()).isTrue();
        assertThat(run.iamInstanceProfile().arn()).isEqualTo("arn:aws:iam::111111111111:instance-profile/web");
        assertThat(run.hasSecurityGroupIds()).isFalse();
        assertThat(run.monitoring().enabled()).isFalse();
        assertThat(run.placement().tenancyAsString()).isEqualTo("dedicated");
        assertThat(run.placement().groupName()).isEqualTo("spread-1");
        assertThat(run.placement().hostId()).isEqualTo("h-0abc");
        assertThat(run.userData()).isNull();
        // Without a token given, each request gets its own, so a retried call cannot launch twice.
        assertThat(run.clientToken()).isNotBlank();
        assertThat(run.tagSpecifications()).singleElement().satisfies(t -> assertThat(t.tags())
                .anySatisfy(tag -> assertThat(tag.value()).isEqualTo("i-0source0")));
    }

    private static Snapshot completed(String id, String volumeId) {
        return Snapshot.builder()
                .snapshotId(id)
                .volumeId(volumeId)
                .state(SnapshotState.COMPLETED)
                .startTime(Instant.parse("2024-01-01T00:00:00Z"))
                .build();
    }

    @Test
    void later_prefersCompletedThenNewest() {
        Snapshot old = snapshot("snap-old", SnapshotState.COMPLETED, "2024-01-01T00:00:00Z");
        Snapshot recent = snapshot("snap-new", SnapshotState.COMPLETED, "2024-02-01T00:00:00Z");
        Snapshot pending = snapshot("snap-pending", SnapshotState.PENDING, "2024-03-01T00:00:00Z");

        assertThat(SnapshotHistory.later(old, recent)).isSameAs(recent);
        assertThat(SnapshotHistory.later(recent, old)).isSameAs(recent);
        assertThat(SnapshotHistory.later(pending, old)).isSameAs(old);
    }

    private static Snapshot snapshot(String id, SnapshotState state, String start) {
        return Snapshot.builder()
                .snapshotId(id)
                .state(state)
                .startTime(Instant.parse(start))
                .build();
    }
}
