package dev.awsrecipes.monitoring;

import java.time.Instant;
import software.amazon.awssdk.services.cloudwatch.model.HistoryItemType;

/**
 * M4: one event in an alarm's history.
 *
 * @param timestamp when it happened
 * @param type a state change, a configuration change or an action
 * @param summary CloudWatch's one-line summary, e.g. "Alarm updated from OK to ALARM"
 * @param data the event's details as CloudWatch's JSON
 */
public record AlarmHistoryEntry(Instant timestamp, HistoryItemType type, String summary, String data) {}
