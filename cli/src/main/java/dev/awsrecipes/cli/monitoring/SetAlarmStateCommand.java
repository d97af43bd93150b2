package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.Alarm;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

/** {@code aws-recipes set-alarm-state}: M4, fire an alarm on purpose to test its actions. */
@Command(name = "set-alarm-state", description = "Set an alarm's state for a moment, to test its actions.")
public final class SetAlarmStateCommand extends RecipeCommand<Alarm> {
    @Mixin
    AlarmNameOption alarm;

    @Option(
            names = "--state",
            defaultValue = "ALARM",
            paramLabel = "STATE",
            description = "ALARM (default), OK or INSUFFICIENT_DATA.")
    String state;

    @Option(names = "--reason", defaultValue = "testing the alarm's actions", paramLabel = "TEXT")
    String reason;

    private StateValue value;

    @Override
    protected void validate() {
        // Only the spelling is the command line's: which states there are is the recipe's rule.
        value = StateValue.fromValue(state.toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    protected Alarm run(Aws aws) {
        MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
        monitoring.setAlarmState(alarm.name(), value, reason);
        return monitoring.describeAlarm(alarm.name()).orElseThrow();
    }

    @Override
    protected void printText(PrintWriter out, Alarm result) {
        out.println(result.name() + " is now " + result.state());
    }

    @Override
    protected Object jsonView(Alarm result) {
        return new MonitoringViews.AlarmJson(result);
    }
}
