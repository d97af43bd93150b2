package dev.awsrecipes.examples.ec2;

import java.util.List;

/** Subcommands for the {@code InstanceRecipes} of EC2. */
public final class InstanceCommands {
    private InstanceCommands() {}

    public static List<Object> all() {
        return List.of();
    }
}
