package dev.awsrecipes.ec2.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.WaitListener;
import dev.awsrecipes.ec2.CloneSpec;
import dev.awsrecipes.ec2.ClonedInstance;
import dev.awsrecipes.ec2.VolumeFromSnapshot;
import dev.awsrecipes.ec2.VolumeWithoutSnapshot;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.EbsInstanceBlockDevice;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.SnapshotState;
import software.amazon.awssdk.services.ec2.model.Volume;

/** Clone planning over canned EC2 answers: what the clone is launched with, without a server. */
class InstanceClonerTest {
    private static final Waits WAITS = new Waits(Duration.ofSeconds(1), WaitListener.none());

    private static InstanceBlockDeviceMapping attached(String device, String volumeId) {
        return InstanceBlockDeviceMapping.builder()
                .deviceName(device)
                .ebs(EbsInstanceBlockDevice.builder().volumeId(volumeId).build())
                .build();
    }

    private static CannedEc2 ec2WithSource() {
        CannedEc2 ec2 = new CannedEc2();
        ec2.instances = DescribeInstancesResponse.builder()
                .reservations(r -> r.instances(Instance.builder()
                        .instanceId("i-0source0")
                        .imageId("ami-12345678")
                        .instanceType("t3.micro")
                        .rootDeviceName("/dev/xvda")
                        .placement(p -> p.availabilityZone("eu-west-1a"))
                        .blockDeviceMappings(
                                attached("/dev/xvda", "vol-root"),
                                attached("/dev/sdf", "vol-data"),
                                attached("/dev/sdg", "vol-scratch"))
                        .build()))
                .build();
        ec2.attribute = DescribeInstanceAttributeResponse.builder()
                .userData(v -> v.value("IyEvYmluL3No"))
                .build();
        ec2.snapshots = DescribeSnapshotsResponse.builder()
                .snapshots(snapshot("snap-old", "2024-01-01T00:00:00Z"), snapshot("snap-new", "2024-02-01T00:00:00Z"))
                .build();
        ec2.volumes = DescribeVolumesResponse.builder()
                .volumes(
                        Volume.builder().volumeId("vol-data").size(20).build(),
                        Volume.builder().volumeId("vol-scratch").size(5).build())
                .build();
        return ec2;
    }

    private static Snapshot snapshot(String id, String start) {
        return Snapshot.builder()
                .snapshotId(id)
                .volumeId("vol-data")
                .state(SnapshotState.COMPLETED)
                .startTime(Instant.parse(start))
                .build();
    }

    @Test
    void cloneInstance_latestSnapshotPerVolume_launchesWithItAndReportsTheRest() {
        CannedEc2 ec2 = ec2WithSource();

        ClonedInstance clone = new InstanceCloner(ec2, WAITS)
                .cloneInstance(CloneSpec.builder()
                        .sourceInstanceId("i-0source0")
                        .waitUntilRunning(false)
                        .build());

        assertThat(clone.instanceId()).isEqualTo("i-0clone00");
        assertThat(clone.volumesFromSnapshots())
                .containsExactly(new VolumeFromSnapshot("/dev/sdf", "vol-data", "snap-new"));
        assertThat(clone.volumesWithoutSnapshot())
                .containsExactly(new VolumeWithoutSnapshot("/dev/sdg", "vol-scratch"));
        assertThat(ec2.runs).hasSize(1);
        RunInstancesRequest run = ec2.runs.get(0);
        assertThat(run.imageId()).isEqualTo("ami-12345678");
        assertThat(run.userData()).isEqualTo("IyEvYmluL3No");
        assertThat(run.blockDeviceMappings()).singleElement().satisfies(m -> {
            assertThat(m.deviceName()).isEqualTo("/dev/sdf");
            assertThat(m.ebs().snapshotId()).isEqualTo("snap-new");
        });
    }

    @Test
    void cloneInstance_noUserDataAndOnlyAPendingSnapshot_launchesWithNeitherAndReportsEveryVolume() {
        CannedEc2 ec2 = ec2WithSource();
        ec2.attribute = DescribeInstanceAttributeResponse.builder().build();
        // An emulator may ignore the status filter: a snapshot still being taken must not become a disk.
        ec2.snapshots = DescribeSnapshotsResponse.builder()
                .snapshots(Snapshot.builder()
                        .snapshotId("snap-pending")
                        .volumeId("vol-data")
                        .state(SnapshotState.PENDING)
                        .startTime(Instant.parse("2024-03-01T00:00:00Z"))
                        .build())
                .build();

        ClonedInstance clone = new InstanceCloner(ec2, WAITS)
                .cloneInstance(CloneSpec.builder()
                        .sourceInstanceId("i-0source0")
                        .waitUntilRunning(false)
                        .build());

        assertThat(clone.volumesFromSnapshots()).isEmpty();
        assertThat(clone.volumesWithoutSnapshot())
                .containsExactly(
                        new VolumeWithoutSnapshot("/dev/sdf", "vol-data"),
                        new VolumeWithoutSnapshot("/dev/sdg", "vol-scratch"));
        RunInstancesRequest run = ec2.runs.get(0);
        assertThat(run.userData()).isNull();
        assertThat(run.hasBlockDeviceMappings()).isFalse();
        assertThat(run.placement().availabilityZone()).isEqualTo("eu-west-1a");
    }

    @Test
    void cloneInstance_sourceNotListed_failsNamingItAndLaunchesNothing() {
        CannedEc2 ec2 = new CannedEc2();

        assertThatThrownBy(() -> new InstanceCloner(ec2, WAITS)
                        .cloneInstance(CloneSpec.builder()
                                .sourceInstanceId("i-0gone000")
                                .build()))
                .isInstanceOf(AwsRecipesException.class)
                .hasMessageContaining("i-0gone000");
        assertThat(ec2.runs).isEmpty();
    }
}
