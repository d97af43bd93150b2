package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.RestoredVolume;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes restore-volume}: E9, a new volume from a volume's latest snapshot. */
@Command(
        name = "restore-volume",
        description = "Create a volume from the latest snapshot of a volume, with its size and in its zone.")
public final class RestoreVolumeCommand extends RecipeCommand<RestoredVolume> {
    @Option(names = "--volume-id", required = true, paramLabel = "ID", description = "The volume to restore.")
    String volumeId;

    @Option(
            names = "--availability-zone",
            paramLabel = "AZ",
            description = "Zone for the new volume; the source's by default (required if it no longer exists).")
    String availabilityZone;

    @Override
    protected RestoredVolume run(Aws aws) {
        return Ec2Recipes.using(aws).restoreVolume(volumeId, availabilityZone);
    }

    @Override
    protected void printText(PrintWriter out, RestoredVolume result) {
        out.println(result.volumeId() + " (" + result.sizeGiB() + " GiB in " + result.availabilityZone() + ", "
                + result.state() + ") from " + result.snapshotId() + " of " + result.sourceVolumeId());
    }
}
