package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.cli.InstanceOption;
import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.Alarm;
import dev.awsrecipes.monitoring.Ec2AlarmAction;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import dev.awsrecipes.monitoring.StatusCheck;
import dev.awsrecipes.monitoring.StatusCheckAlarmSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code aws-recipes status-check-alarms}: M9, recover the instance when the system check fails and
 * reboot it when the instance check fails (each action can be changed, or switched off with none).
 */
@Command(
        name = "status-check-alarms",
        description = "Alarms on an instance's failed status checks that recover or reboot it.")
public final class StatusCheckAlarmsCommand extends RecipeCommand<List<Alarm>> {
    @Mixin
    InstanceOption instance;

    @Option(
            names = "--system-action",
            defaultValue = "recover",
            paramLabel = "ACTION",
            description = "On a failed system check: recover (default), reboot, stop, terminate or none.")
    String systemAction;

    @Option(
            names = "--instance-action",
            defaultValue = "reboot",
            paramLabel = "ACTION",
            description = "On a failed instance check: reboot (default), stop, terminate or none.")
    String instanceAction;

    @Option(names = "--notify", paramLabel = "ARN", description = "Also notify this SNS topic; repeatable.")
    List<String> notify;

    private final List<StatusCheckAlarmSpec> alarms = new ArrayList<>();

    @Override
    protected void validate() {
        add(StatusCheck.SYSTEM, systemAction);
        add(StatusCheck.INSTANCE, instanceAction);
        dev.awsrecipes.core.Check.that(!alarms.isEmpty(), "action", "is none for both checks: nothing to create");
    }

    private void add(StatusCheck check, String action) {
        if (action.equalsIgnoreCase("none")) {
            return;
        }
        StatusCheckAlarmSpec.Builder b = StatusCheckAlarmSpec.builder()
                .instanceId(instance.id())
                .check(check)
                .action(Ec2AlarmAction.of(action));
        if (notify != null) {
            notify.forEach(b::notifyArn);
        }
        alarms.add(b.build());
    }

    @Override
    protected List<Alarm> run(Aws aws) {
        MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
        return alarms.stream().map(monitoring::createStatusCheckAlarm).toList();
    }

    @Override
    protected void printText(PrintWriter out, List<Alarm> result) {
        result.forEach(
                a -> out.println(a.name() + ": " + a.metricName() + " -> " + String.join(", ", a.alarmActions())));
    }

    /** What {@code --json} prints: each alarm with the check it watches and what it does. */
    record Json(List<Created> alarms) {}

    /** One alarm; its check is the metric it watches (StatusCheckFailed_System, ...). */
    record Created(String alarmName, String check, List<String> actions) {}

    @Override
    protected Object jsonView(List<Alarm> result) {
        return new Json(result.stream()
                .map(a -> new Created(a.name(), a.metricName(), a.alarmActions()))
                .toList());
    }
}
