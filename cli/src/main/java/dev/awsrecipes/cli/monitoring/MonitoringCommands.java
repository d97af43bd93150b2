package dev.awsrecipes.cli.monitoring;

import java.util.List;

/** The monitoring subcommands of {@code aws-recipes} (M1–M9). */
public final class MonitoringCommands {
    private MonitoringCommands() {}

    public static List<Object> all() {
        return List.of(
                new EnableMonitoringCommand(),
                new MetricsCommand(),
                new CreateTopicCommand(),
                new SubscribeCommand(),
                new ListSubscriptionsCommand(),
                new CreateAlarmCommand(),
                new SetAlarmStateCommand(),
                new AlarmHistoryCommand(),
                new EasyAlarmCommand(),
                new PutMetricCommand(),
                new RestrictedUserCommand(),
                new PublishDiskUsageCommand(),
                new AlarmActionsCommand(),
                new StatusCheckAlarmsCommand());
    }
}
