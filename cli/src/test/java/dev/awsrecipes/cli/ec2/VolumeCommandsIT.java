package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Volume;

/** {@code create-volume}, {@code snapshot-volumes} and {@code restore-volume} in a row, as a user would. */
@ExtendWith(LocalStackExtension.class)
class VolumeCommandsIT {

    @Test
    void createVolume_snapshotVolumes_restoreVolume_eachSeenByDescribeCalls(LocalStack localStack) {
        try (InstanceCli cli = new InstanceCli(localStack)) {
            Instance instance = cli.launch(r -> {});

            CliResult created = cli.run(
                    "create-volume",
                    "--instance-id",
                    instance.instanceId(),
                    "--size",
                    "2",
                    "--device",
                    "/dev/sdf",
                    "--json");
            assertThat(created.exitCode()).as(created.err()).isZero();
            // The waits show as progress on stderr (lines here: stderr is no terminal); stdout stays JSON.
            assertThat(created.err())
                    .contains("waiting for volume vol-")
                    .contains("to be available: ")
                    .contains("to be in-use (attached to " + instance.instanceId() + "): ")
                    .doesNotContain("\r");
            String volumeId = created.json().get("volumeId").asText();
            Volume volume = cli.ec2()
                    .describeVolumes(r -> r.volumeIds(volumeId))
                    .volumes()
                    .get(0);
            assertThat(volume.attachments().get(0).instanceId()).isEqualTo(instance.instanceId());
            assertThat(volume.attachments().get(0).device()).isEqualTo("/dev/sdf");

            CliResult snapped = cli.run("snapshot-volumes", "--instance-id", instance.instanceId(), "--wait", "--json");
            assertThat(snapped.exitCode()).as(snapped.err()).isZero();
            assertThat(snapped.err()).contains("waiting for snapshots [snap-").contains("to be completed: ");
            JsonNode snapshots = snapped.json().get("snapshots");
            assertThat(snapshots).hasSize(2);
            String dataSnapshot = null;
            for (JsonNode s : snapshots) {
                assertThat(s.get("state").asText()).isEqualTo("completed");
                if (s.get("device").asText().equals("/dev/sdf")) {
                    dataSnapshot = s.get("snapshotId").asText();
                }
            }
            String expected = dataSnapshot;
            assertThat(cli.ec2()
                            .describeSnapshots(r -> r.snapshotIds(expected))
                            .snapshots()
                            .get(0)
                            .volumeId())
                    .isEqualTo(volumeId);

            CliResult restored = cli.run("restore-volume", "--volume-id", volumeId, "--json");
            assertThat(restored.exitCode()).as(restored.err()).isZero();
            String restoredId = restored.json().get("volumeId").asText();
            Volume copy = cli.ec2()
                    .describeVolumes(r -> r.volumeIds(restoredId))
                    .volumes()
                    .get(0);
            assertThat(copy.snapshotId()).isEqualTo(expected);
            assertThat(copy.size()).isEqualTo(2);
            assertThat(copy.availabilityZone()).isEqualTo(volume.availabilityZone());
        }
    }

    @Test
    void createVolume_badDevice_exits2WithOneLine(LocalStack localStack) {
        try (InstanceCli cli = new InstanceCli(localStack)) {
            CliResult result =
                    cli.run("create-volume", "--instance-id", "i-0123456789abcdef0", "--size", "2", "--device", "sdf");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("device \"sdf\"").hasLineCount(1);
        }
    }
}
