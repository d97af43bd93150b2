package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.AttachedVolume;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.VolumeSpec;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes create-volume}: E7, a new volume attached to an instance. */
@Command(
        name = "create-volume",
        description = "Create an EBS volume in an instance's zone, wait until available, attach it at a device.")
public final class CreateVolumeCommand extends InstanceCommand<AttachedVolume> {
    @Option(names = "--size", required = true, paramLabel = "GIB", description = "Size in GiB (1-16384).")
    int sizeGiB;

    @Option(names = "--device", required = true, paramLabel = "DEVICE", description = "Device name, e.g. /dev/sdf.")
    String device;

    @Option(
            names = "--volume-type",
            defaultValue = "gp3",
            paramLabel = "TYPE",
            description = "gp3 (default), gp2, io1...")
    String volumeType;

    private VolumeSpec volume;

    @Override
    protected void validate() {
        volume = VolumeSpec.builder()
                .instanceId(instance.id())
                .sizeGiB(sizeGiB)
                .device(device)
                .volumeType(volumeType)
                .build();
    }

    /** The spec calls the size {@code sizeGiB}; a bad-input message names --size instead. */
    @Override
    protected Map<String, String> optionsForArguments() {
        return Map.of("sizeGiB", "--size");
    }

    @Override
    protected AttachedVolume run(Aws aws) {
        return Ec2Recipes.using(aws).createVolume(volume);
    }

    @Override
    protected void printText(PrintWriter out, AttachedVolume result) {
        out.println(result.volumeId() + " (" + result.sizeGiB() + " GiB " + result.volumeType() + " in "
                + result.availabilityZone() + ") attached to " + result.instanceId() + " at " + result.device());
    }
}
