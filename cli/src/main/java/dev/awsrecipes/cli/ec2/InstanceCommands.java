package dev.awsrecipes.cli.ec2;

import java.util.List;

/** Subcommands for the {@code InstanceRecipes} of EC2. */
public final class InstanceCommands {
    private InstanceCommands() {}

    public static List<Object> all() {
        return List.of(
                new FindRunningCommand(),
                new CloneInstanceCommand(),
                new SnapshotVolumesCommand(),
                new RestoreVolumeCommand(),
                new CreateVolumeCommand(),
                new ElasticIpCommand(),
                new LifecycleCommand.Start(),
                new LifecycleCommand.Stop(),
                new LifecycleCommand.Terminate(),
                new UserDataCommand());
    }
}
