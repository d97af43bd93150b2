package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.DiskUsageReport;
import dev.awsrecipes.monitoring.DiskUsageSpec;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aws-recipes publish-disk-usage}: M7, for cron: measures the file system and publishes its
 * used percentage with the instance id; exit status 0 only when it was published.
 */
@Command(
        name = "publish-disk-usage",
        description = "Publish the root file system's used percentage as a CloudWatch metric of this instance.")
public final class PublishDiskUsageCommand extends RecipeCommand<DiskUsageReport> {
    @Option(names = "--instance-id", paramLabel = "ID", description = "Default: read from instance metadata.")
    String instanceId;

    @Option(names = "--path", defaultValue = "/", paramLabel = "PATH", description = "Default: /.")
    Path path;

    @Option(names = "--namespace", defaultValue = DiskUsageSpec.DEFAULT_NAMESPACE, paramLabel = "NS")
    String namespace;

    @Option(names = "--imds-endpoint", paramLabel = "URL", description = "Instance metadata at another address.")
    URI imdsEndpoint;

    private DiskUsageSpec spec;

    @Override
    protected void validate() {
        spec = DiskUsageSpec.builder()
                .instanceId(instanceId)
                .path(path)
                .namespace(namespace)
                .imdsEndpoint(imdsEndpoint)
                .build();
    }

    @Override
    protected DiskUsageReport run(Aws aws) {
        return MonitoringRecipes.using(aws).publishDiskUsage(spec);
    }

    @Override
    protected void printText(PrintWriter out, DiskUsageReport result) {
        out.println(result.path() + " is " + result.usedPercent() + "% used; published as " + result.namespace() + ":"
                + result.metricName() + " for " + result.instanceId());
    }
}
