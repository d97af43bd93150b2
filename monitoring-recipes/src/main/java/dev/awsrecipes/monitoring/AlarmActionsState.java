package dev.awsrecipes.monitoring;

/**
 * M8: whether an alarm's actions run, as DescribeAlarms reports it after the change.
 *
 * @param alarmName the alarm
 * @param actionsEnabled true when its actions run on state changes
 */
public record AlarmActionsState(String alarmName, boolean actionsEnabled) {}
