package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.model.Instance;

@ExtendWith(LocalStackExtension.class)
class CloneInstanceCommandIT {

    @Test
    void cloneInstance_json_listsVolumesFromSnapshotsAndWithout(LocalStack localStack) {
        try (InstanceCli cli = new InstanceCli(localStack)) {
            Instance source = cli.launch(r -> r.instanceType("t3.small"));
            String data = cli.attachNewVolume(source, "/dev/sdf");
            String scratch = cli.attachNewVolume(source, "/dev/sdg");
            String snapshot = cli.ec2().createSnapshot(r -> r.volumeId(data)).snapshotId();

            CliResult result = cli.run("clone-instance", "--instance-id", source.instanceId(), "--json");

            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode json = result.json();
            assertThat(fieldNames(json))
                    .containsExactly(
                            "instanceId", "sourceInstanceId", "volumesFromSnapshots", "volumesWithoutSnapshot");
            assertThat(json.get("sourceInstanceId").asText()).isEqualTo(source.instanceId());
            assertThat(json.get("volumesFromSnapshots").get(0).get("snapshotId").asText())
                    .isEqualTo(snapshot);
            assertThat(json.get("volumesFromSnapshots").get(0).get("device").asText())
                    .isEqualTo("/dev/sdf");
            assertThat(json.get("volumesWithoutSnapshot").get(0).get("volumeId").asText())
                    .isEqualTo(scratch);
            Instance clone = cli.describe(json.get("instanceId").asText());
            assertThat(clone.instanceTypeAsString()).isEqualTo("t3.small");
            assertThat(clone.state().nameAsString()).isEqualTo("running");
            assertThat(clone.blockDeviceMappings())
                    .anySatisfy(m -> assertThat(m.deviceName()).isEqualTo("/dev/sdf"));
            assertThat(clone.blockDeviceMappings())
                    .noneSatisfy(m -> assertThat(m.deviceName()).isEqualTo("/dev/sdg"));
        }
    }

    @Test
    void cloneInstance_freshSnapshots_snapshotsFirst(LocalStack localStack) {
        try (InstanceCli cli = new InstanceCli(localStack)) {
            Instance source = cli.launch(r -> {});
            String data = cli.attachNewVolume(source, "/dev/sdf");

            CliResult result = cli.run("clone-instance", "--instance-id", source.instanceId(), "--fresh-snapshots");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out())
                    .contains("snapshot ", "/dev/sdf from snap-")
                    .doesNotContain("NOT copied");
            assertThat(cli.ec2()
                            .describeSnapshots(
                                    r -> r.filters(f -> f.name("volume-id").values(data)))
                            .snapshots())
                    .hasSize(1);
        }
    }

    @Test
    void cloneInstance_unknownInstance_exits1WithTheAwsError(LocalStack localStack) {
        try (InstanceCli cli = new InstanceCli(localStack)) {
            CliResult result = cli.run("clone-instance", "--instance-id", "i-0123456789abcdef0");

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("InvalidInstanceID.NotFound").hasLineCount(1);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
