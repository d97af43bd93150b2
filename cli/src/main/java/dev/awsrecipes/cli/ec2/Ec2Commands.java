package dev.awsrecipes.cli.ec2;

import java.util.ArrayList;
import java.util.List;

/** The EC2 subcommands of {@code aws-recipes}. */
public final class Ec2Commands {
    private Ec2Commands() {}

    public static List<Object> all() {
        List<Object> all = new ArrayList<>(LaunchCommands.all());
        all.addAll(InstanceCommands.all());
        return all;
    }
}
