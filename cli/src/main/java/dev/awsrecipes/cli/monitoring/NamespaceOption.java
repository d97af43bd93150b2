package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.monitoring.MetricId;
import picocli.CommandLine.Option;

/** {@code --namespace NS}, EC2's own namespace unless given, declared once for metrics and create-alarm. */
public final class NamespaceOption {
    @Option(
            names = "--namespace",
            defaultValue = MetricId.EC2_NAMESPACE,
            paramLabel = "NS",
            description = "Default: " + MetricId.EC2_NAMESPACE + ".")
    String namespace;

    /** The namespace as given, or {@code AWS/EC2}. */
    public String name() {
        return namespace;
    }
}
