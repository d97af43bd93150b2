package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.InstanceSnapshots;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes snapshot-volumes}: E8, a snapshot of every volume of an instance. */
@Command(
        name = "snapshot-volumes",
        description = "Snapshot every EBS volume attached to an instance and print the device of each.")
public final class SnapshotVolumesCommand extends InstanceCommand<InstanceSnapshots> {
    @Option(names = "--wait", description = "Wait until every snapshot is completed.")
    boolean await;

    @Override
    protected InstanceSnapshots run(Aws aws) {
        return Ec2Recipes.using(aws)
                .snapshotVolumes(s -> s.instanceId(instance.id()).waitForCompletion(await));
    }

    @Override
    protected void printText(PrintWriter out, InstanceSnapshots result) {
        result.snapshots()
                .forEach(s -> out.println(s.device() + "  " + s.volumeId() + "  " + s.snapshotId() + "  " + s.state()));
    }
}
