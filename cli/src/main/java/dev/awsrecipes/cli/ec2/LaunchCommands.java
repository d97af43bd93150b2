package dev.awsrecipes.cli.ec2;

import java.util.List;

/** Subcommands for the {@code LaunchRecipes} of EC2. */
public final class LaunchCommands {
    private LaunchCommands() {}

    public static List<Object> all() {
        return List.of(
                new LaunchInstanceCommand(),
                new AddTagsCommand(),
                new FindByTagCommand(),
                new ConsoleOutputCommand(),
                new ImportKeypairCommand(),
                new SyncKeypairsCommand(),
                new OpenPortCommand(),
                new SshCommand());
    }
}
