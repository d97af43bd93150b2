package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.cli.InstanceOption;
import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.InstanceMonitoring;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aws-recipes enable-monitoring}: M1, detailed monitoring on (or off with --disable). */
@Command(
        name = "enable-monitoring",
        description = "Turn on detailed (1-minute) CloudWatch monitoring for an instance, or off with --disable.")
public final class EnableMonitoringCommand extends RecipeCommand<InstanceMonitoring> {
    @Mixin
    InstanceOption instance;

    @Option(names = "--disable", description = "Turn detailed monitoring off instead.")
    boolean disable;

    @Override
    protected InstanceMonitoring run(Aws aws) {
        MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
        return disable
                ? monitoring.disableDetailedMonitoring(instance.id())
                : monitoring.enableDetailedMonitoring(instance.id());
    }

    @Override
    protected void printText(PrintWriter out, InstanceMonitoring result) {
        out.println(result.instanceId() + ": monitoring " + result.state() + (result.changed() ? "" : " (unchanged)"));
    }

    /** What {@code --json} prints. */
    record Json(String instanceId, String state, boolean changed) {}

    @Override
    protected Object jsonView(InstanceMonitoring result) {
        return new Json(result.instanceId(), result.state().toString(), result.changed());
    }
}
