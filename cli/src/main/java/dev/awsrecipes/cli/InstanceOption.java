package dev.awsrecipes.cli;

import picocli.CommandLine.Option;

/** {@code --instance-id ID}, declared once for every command that acts on one given instance. */
public final class InstanceOption {
    @Option(names = "--instance-id", required = true, paramLabel = "ID", description = "The instance.")
    String instanceId;

    /** The instance id as given. */
    public String id() {
        return instanceId;
    }
}
