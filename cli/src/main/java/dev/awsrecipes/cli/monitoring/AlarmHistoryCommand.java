package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.AlarmHistoryEntry;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
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

    /** What {@code --json} prints: the entries, oldest first. */
    record Json(List<Entry> history) {}

    /** One entry; the type as CloudWatch names it (StateUpdate, Action, ...). */
    record Entry(Instant timestamp, String type, String summary) {}

    @Override
    protected Object jsonView(List<AlarmHistoryEntry> result) {
        return new Json(result.stream()
                .map(h -> new Entry(h.timestamp(), String.valueOf(h.type()), String.valueOf(h.summary())))
                .toList());
    }
}
