package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.AlarmHistoryEntry;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code aws-recipes alarm-history}: M4, what happened to an alarm, oldest first. */
@Command(name = "alarm-history", description = "Print an alarm's history, oldest first.")
public final class AlarmHistoryCommand extends RecipeCommand<List<AlarmHistoryEntry>> {
    @Mixin
    AlarmNameOption alarm;

    @Override
    protected List<AlarmHistoryEntry> run(Aws aws) {
        return MonitoringRecipes.using(aws).alarmHistory(alarm.name());
    }

    @Override
    protected void printText(PrintWriter out, List<AlarmHistoryEntry> result) {
        result.forEach(h -> out.println(h.timestamp() + "  " + h.type() + "  " + h.summary()));
    }

    @Override
    protected Object jsonView(List<AlarmHistoryEntry> result) {
        return Map.of(
                "history",
                result.stream()
                        .map(h -> Map.of(
                                "timestamp", h.timestamp(),
                                "type", String.valueOf(h.type()),
                                "summary", String.valueOf(h.summary())))
                        .toList());
    }
}
