package dev.awsrecipes.examples.monitoring;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.DiskUsageReport;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import java.nio.file.Path;

/**
 * M7, for cron on an EC2 instance: publishes how full {@code /} (or the given path) is, with the
 * instance id from instance metadata (IMDSv2) unless one is given. Exit status 0 when published, 1 when
 * not, so cron and monitoring of cron can tell. Usage: {@code DiskUsagePublisherMain [PATH] [INSTANCE_ID]}.
 *
 * <pre>
 * *&#47;5 * * * * java -cp aws-recipes-examples.jar dev.awsrecipes.examples.monitoring.DiskUsagePublisherMain / || logger "disk metric failed"
 * </pre>
 */
public final class DiskUsagePublisherMain {
    private DiskUsagePublisherMain() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Path path = Path.of(args.length > 0 ? args[0] : "/");
        try (Aws aws = Aws.create()) {
            DiskUsageReport report = MonitoringRecipes.using(aws).publishDiskUsage(d -> {
                d.path(path);
                if (args.length > 1) {
                    d.instanceId(args[1]);
                }
            });
            System.out.println(report.instanceId() + " " + report.path() + " " + report.usedPercent() + "%");
            return 0;
        } catch (RuntimeException e) {
            System.err.println("publish-disk-usage: " + e.getMessage());
            return 1;
        }
    }
}
