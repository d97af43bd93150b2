package dev.awsrecipes.cli.monitoring;

import static dev.awsrecipes.cli.OptionValues.ifGiven;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.Alarm;
import dev.awsrecipes.monitoring.AlarmSpec;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aws-recipes create-alarm}: M4, a metric alarm from {@code >}, {@code >=}, {@code <}, {@code <=}. */
@Command(name = "create-alarm", description = "Create (or replace) a CloudWatch metric alarm.")
public final class CreateAlarmCommand extends RecipeCommand<Alarm> {
    @Mixin
    AlarmNameOption alarm;

    @Mixin
    AlarmConditionOptions condition;

    @Mixin
    NamespaceOption namespace;

    @Option(names = "--instance-id", paramLabel = "ID", description = "Sets the InstanceId dimension.")
    String instanceId;

    @Mixin
    DimensionOptions dimensions;

    @Option(names = "--period", defaultValue = "300", paramLabel = "SECONDS", description = "A multiple of 60.")
    int period;

    @Option(names = "--evaluation-periods", defaultValue = "1", paramLabel = "N")
    int evaluationPeriods;

    @Option(names = "--statistic", defaultValue = "Average", paramLabel = "NAME")
    String statistic;

    @Option(names = "--alarm-action", paramLabel = "ARN", description = "Run on ALARM; repeatable.")
    List<String> alarmActions;

    @Option(names = "--ok-action", paramLabel = "ARN", description = "Run on OK; repeatable.")
    List<String> okActions;

    private AlarmSpec alarmSpec;

    @Override
    protected void validate() {
        AlarmSpec.Builder b = condition
                .applyTo(AlarmSpec.builder().alarmName(alarm.name()))
                .namespace(namespace.name())
                .dimensions(dimensions.parsed())
                .periodSeconds(period)
                .evaluationPeriods(evaluationPeriods)
                .statistic(statistic);
        ifGiven(instanceId, b::instanceId);
        if (alarmActions != null) {
            alarmActions.forEach(b::alarmAction);
        }
        if (okActions != null) {
            okActions.forEach(b::okAction);
        }
        alarmSpec = b.build();
    }

    @Override
    protected Alarm run(Aws aws) {
        return MonitoringRecipes.using(aws).createAlarm(alarmSpec);
    }

    @Override
    protected void printText(PrintWriter out, Alarm result) {
        out.println(result.name() + ": " + result.metricName() + " " + result.comparison() + " " + result.threshold()
                + " (" + result.state() + ")");
    }

    @Override
    protected Object jsonView(Alarm result) {
        return new MonitoringViews.AlarmJson(result);
    }
}
