package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.TestWaits;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.MonitoringState;
import software.amazon.awssdk.services.ec2.model.Volume;

class CloneInstanceIT {
    private static final String SCRIPT = "#!/bin/sh\necho cloned > /tmp/marker\n";

    @Ec2ServerTest
    void cloneInstance_copiesSettingsAndUserDataAndRestoresSnapshottedVolumesAndReportsTheOthers(Ec2Server server) {
        try (Aws aws = server.newAccountSession();
                Ec2Fixture fixture = new Ec2Fixture(aws)) {
            Ec2Client ec2 = fixture.ec2();
            Instance source = fixture.launch(
                    aws.region(), Ec2Fixture.userData(SCRIPT).andThen(r -> r.monitoring(m -> m.enabled(true))
                            .placement(p -> p.availabilityZone(aws.region().id() + "b"))));
            String data = fixture.attachNewVolume(source, 2, "/dev/sdf");
            String scratch = fixture.attachNewVolume(source, 1, "/dev/sdg");
            String snapshot = ec2.createSnapshot(r -> r.volumeId(data)).snapshotId();
            fixture.deleteSnapshotLater(snapshot);
            ec2.waiter().waitUntilSnapshotCompleted(r -> r.snapshotIds(snapshot), TestWaits.FAST);

            ClonedInstance clone = Ec2Recipes.using(aws).cloneInstance(source.instanceId());
            cleanUpClone(fixture, clone.instanceId());

            assertThat(clone.sourceInstanceId()).isEqualTo(source.instanceId());
            assertThat(clone.state()).isEqualTo("running");
            assertThat(clone.volumesFromSnapshots())
                    .containsExactly(new VolumeFromSnapshot("/dev/sdf", data, snapshot));
            assertThat(clone.volumesWithoutSnapshot()).containsExactly(new VolumeWithoutSnapshot("/dev/sdg", scratch));
            assertThat(clone.freshSnapshots()).isEmpty();

            Instance copy = fixture.describe(clone.instanceId());
            assertThat(copy.imageId()).isEqualTo(source.imageId());
            assertThat(copy.instanceType()).isEqualTo(source.instanceType());
            assertThat(copy.placement().availabilityZone())
                    .isEqualTo(aws.region().id() + "b");
            assertThat(copy.monitoring().state()).isIn(MonitoringState.ENABLED, MonitoringState.PENDING);
            assertThat(copy.securityGroups())
                    .isEqualTo(fixture.describe(source.instanceId()).securityGroups());
            assertThat(decodedUserData(ec2, clone.instanceId())).isEqualTo(SCRIPT);
            Map<String, Volume> byDevice = volumesByDevice(ec2, copy);
            assertThat(byDevice).containsKey("/dev/sdf").doesNotContainKey("/dev/sdg");
            assertThat(byDevice.get("/dev/sdf").snapshotId()).isEqualTo(snapshot);
            assertThat(byDevice.get("/dev/sdf").size()).isEqualTo(2);
        }
    }

    @Ec2ServerTest
    void cloneInstance_freshSnapshots_snapshotsEveryVolumeFirstAndUsesThoseSnapshots(Ec2Server server) {
        try (Aws aws = server.newAccountSession();
                Ec2Fixture fixture = new Ec2Fixture(aws)) {
            Ec2Client ec2 = fixture.ec2();
            Instance source = fixture.launch();
            String data = fixture.attachNewVolume(source, 1, "/dev/sdf");

            ClonedInstance clone = Ec2Recipes.using(aws)
                    .cloneInstance(c -> c.sourceInstanceId(source.instanceId()).freshSnapshots(true));
            cleanUpClone(fixture, clone.instanceId());
            clone.freshSnapshots().forEach(s -> fixture.deleteSnapshotLater(s.snapshotId()));

            assertThat(clone.freshSnapshots())
                    .extracting(VolumeSnapshot::device)
                    .containsExactlyInAnyOrder("/dev/sda1", "/dev/sdf");
            assertThat(clone.volumesWithoutSnapshot()).isEmpty();
            String fresh = clone.freshSnapshots().stream()
                    .filter(s -> s.device().equals("/dev/sdf"))
                    .findFirst()
                    .orElseThrow()
                    .snapshotId();
            assertThat(clone.volumesFromSnapshots()).containsExactly(new VolumeFromSnapshot("/dev/sdf", data, fresh));
            assertThat(ec2.describeSnapshots(r -> r.snapshotIds(fresh))
                            .snapshots()
                            .get(0)
                            .volumeId())
                    .isEqualTo(data);
            assertThat(volumesByDevice(ec2, fixture.describe(clone.instanceId()))
                            .get("/dev/sdf")
                            .snapshotId())
                    .isEqualTo(fresh);
            // No user data on the source: none on the clone either (not an encoded empty string).
            assertThat(ec2.describeInstanceAttribute(
                                    r -> r.instanceId(clone.instanceId()).attribute("userData"))
                            .userData())
                    .satisfiesAnyOf(u -> assertThat(u).isNull(), u -> assertThat(u.value())
                            .isNullOrEmpty());
        }
    }

    /** Terminates the clone in close() and then deletes the volumes it got, which outlive it. */
    private static void cleanUpClone(Ec2Fixture fixture, String cloneId) {
        Instance clone = fixture.describe(cloneId);
        clone.blockDeviceMappings().stream()
                .filter(m -> m.ebs() != null && !Boolean.TRUE.equals(m.ebs().deleteOnTermination()))
                .forEach(m -> fixture.deleteVolumeLater(m.ebs().volumeId()));
        fixture.terminateLater(cloneId);
    }

    static String decodedUserData(Ec2Client ec2, String instanceId) {
        String encoded = ec2.describeInstanceAttribute(
                        r -> r.instanceId(instanceId).attribute("userData"))
                .userData()
                .value();
        return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    }

    private static Map<String, Volume> volumesByDevice(Ec2Client ec2, Instance instance) {
        Map<String, String> deviceOf = instance.blockDeviceMappings().stream()
                .filter(m -> m.ebs() != null)
                .collect(Collectors.toMap(m -> m.ebs().volumeId(), InstanceBlockDeviceMapping::deviceName));
        List<Volume> volumes =
                ec2.describeVolumes(r -> r.volumeIds(deviceOf.keySet())).volumes();
        return volumes.stream().collect(Collectors.toMap(v -> deviceOf.get(v.volumeId()), v -> v));
    }
}
