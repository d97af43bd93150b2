package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.ClonedInstance;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.VolumeFromSnapshot;
import dev.awsrecipes.ec2.VolumeWithoutSnapshot;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes clone-instance}: E10, a copy of an instance from its latest snapshots. */
@Command(
        name = "clone-instance",
        description = "Launch a copy of an instance (AMI, key, groups, type, placement, monitoring, user data) whose"
                + " non-root volumes come from their latest snapshots.")
public final class CloneInstanceCommand extends InstanceCommand<ClonedInstance> {
    @Option(
            names = "--fresh-snapshots",
            description = "Snapshot the instance's volumes first and wait for them, instead of using older snapshots.")
    boolean freshSnapshots;

    /** The spec calls the instance {@code sourceInstanceId}; a bad-input message names --instance-id instead. */
    @Override
    protected Map<String, String> optionsForArguments() {
        return Map.of("sourceInstanceId", "--instance-id");
    }

    @Override
    protected ClonedInstance run(Aws aws) {
        return Ec2Recipes.using(aws)
                .cloneInstance(c -> c.sourceInstanceId(instance.id()).freshSnapshots(freshSnapshots));
    }

    @Override
    protected void printText(PrintWriter out, ClonedInstance result) {
        out.println("cloned " + result.sourceInstanceId() + " as " + result.instanceId() + " (" + result.state() + ")");
        result.freshSnapshots()
                .forEach(
                        s -> out.println("  snapshot " + s.snapshotId() + " of " + s.volumeId() + " at " + s.device()));
        result.volumesFromSnapshots()
                .forEach(v -> out.println(
                        "  " + v.device() + " from " + v.snapshotId() + " (of " + v.sourceVolumeId() + ")"));
        result.volumesWithoutSnapshot()
                .forEach(v -> out.println("  " + v.device() + " NOT copied: " + v.volumeId() + " has no snapshot"));
    }

    /** What {@code --json} prints (CLI.md). */
    record Json(
            String instanceId,
            String sourceInstanceId,
            List<VolumeFromSnapshot> volumesFromSnapshots,
            List<VolumeWithoutSnapshot> volumesWithoutSnapshot) {}

    @Override
    protected Object jsonView(ClonedInstance r) {
        return new Json(r.instanceId(), r.sourceInstanceId(), r.volumesFromSnapshots(), r.volumesWithoutSnapshot());
    }
}
