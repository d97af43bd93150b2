package dev.awsrecipes.examples.monitoring;

import java.util.List;

/** The monitoring subcommands of {@code aws-recipes}. */
public final class MonitoringCommands {
    private MonitoringCommands() {}

    public static List<Object> all() {
        return List.of();
    }
}
