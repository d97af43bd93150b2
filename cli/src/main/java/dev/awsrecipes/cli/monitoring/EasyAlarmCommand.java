package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.cli.InstanceOption;
import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.cli.monitoring.MonitoringViews.SubscriptionJson;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.EasyAlarmResult;
import dev.awsrecipes.monitoring.EasyAlarmSpec;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import dev.awsrecipes.monitoring.Subscription;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code aws-recipes easy-alarm}: M4, from an instance's metric to e-mail in one command. Every
 * argument is checked before the session is built; running it again changes nothing.
 */
@Command(
        name = "easy-alarm",
        description = "Alarm on an instance's metric and e-mail the addresses when it fires (and when it clears).")
public final class EasyAlarmCommand extends RecipeCommand<EasyAlarmResult> {
    @Mixin
    InstanceOption instance;

    @Mixin
    AlarmNameOption alarm;

    @Option(
            names = "--email",
            required = true,
            split = ",",
            paramLabel = "ADDR",
            description = "Address(es) to notify, separated by commas.")
    List<String> emails;

    @Mixin
    AlarmConditionOptions condition;

    @Option(names = "--period", required = true, paramLabel = "SECONDS", description = "A multiple of 60.")
    int period;

    @Option(names = "--evaluation-periods", required = true, paramLabel = "N")
    int evaluationPeriods;

    @Option(
            names = "--statistic",
            required = true,
            paramLabel = "NAME",
            description = "SampleCount, Average, Sum, Minimum or Maximum.")
    String statistic;

    private EasyAlarmSpec easyAlarm;

    @Override
    protected Map<String, String> optionsForArguments() {
        return Map.of("emails", "--email");
    }

    @Override
    protected void validate() {
        easyAlarm = condition
                .applyTo(EasyAlarmSpec.builder()
                        .instanceId(instance.id())
                        .alarmName(alarm.name())
                        .emails(emails))
                .periodSeconds(period)
                .evaluationPeriods(evaluationPeriods)
                .statistic(statistic)
                .build();
    }

    @Override
    protected EasyAlarmResult run(Aws aws) {
        return MonitoringRecipes.using(aws).createEasyAlarm(easyAlarm);
    }

    @Override
    protected void printText(PrintWriter out, EasyAlarmResult result) {
        out.println("alarm " + result.alarmName() + " on " + easyAlarm.instanceId() + ": " + easyAlarm.metricName()
                + " " + easyAlarm.statistic() + " " + easyAlarm.comparison().symbol() + " " + easyAlarm.threshold());
        out.println("topic " + result.topicArn());
        for (Subscription s : result.subscriptions()) {
            out.println("  " + s.endpoint() + ": " + (s.created() ? "subscribed" : "already subscribed")
                    + (s.pendingConfirmation() ? ", waiting for the confirmation e-mail to be answered" : ""));
        }
        out.println(result.monitoringNote());
    }

    /** What {@code --json} prints (CLI.md), with a note on the instance's monitoring. */
    record Json(String alarmName, String topicArn, List<SubscriptionJson> subscriptions, String monitoring) {}

    @Override
    protected Object jsonView(EasyAlarmResult r) {
        List<SubscriptionJson> subscriptions =
                r.subscriptions().stream().map(SubscriptionJson::new).toList();
        return new Json(r.alarmName(), r.topicArn(), subscriptions, r.monitoringNote());
    }
}
