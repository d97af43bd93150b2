package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.AlarmActionsState;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes alarm-actions}: M8, stop or restart alarms' actions (during maintenance, say). */
@Command(name = "alarm-actions", description = "Disable or enable the actions of one or more alarms.")
public final class AlarmActionsCommand extends RecipeCommand<List<AlarmActionsState>> {
    @Option(
            names = "--alarm-name",
            required = true,
            split = ",",
            paramLabel = "NAME",
            description = "Alarm name(s), separated by commas.")
    List<String> alarmNames;

    @ArgGroup(multiplicity = "1")
    Switch change;

    /** Exactly one of --enable and --disable. */
    static final class Switch {
        @Option(names = "--enable", required = true, description = "Let the actions run again.")
        boolean enable;

        @Option(names = "--disable", required = true, description = "Stop the actions from running.")
        boolean disable;
    }

    @Override
    protected List<AlarmActionsState> run(Aws aws) {
        MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
        return change.enable ? monitoring.enableAlarmActions(alarmNames) : monitoring.disableAlarmActions(alarmNames);
    }

    @Override
    protected void printText(PrintWriter out, List<AlarmActionsState> result) {
        result.forEach(a -> out.println(a.alarmName() + ": actions " + (a.actionsEnabled() ? "enabled" : "disabled")));
    }

    @Override
    protected Object jsonView(List<AlarmActionsState> result) {
        return Map.of("alarms", result);
    }
}
