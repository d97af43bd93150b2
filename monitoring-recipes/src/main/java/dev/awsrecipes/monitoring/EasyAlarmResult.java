package dev.awsrecipes.monitoring;

import java.util.List;

/**
 * M4: what {@code createEasyAlarm} set up.
 *
 * @param alarmName the alarm
 * @param topicArn the topic it notifies on ALARM and on OK
 * @param subscriptions one e-mail subscription per address, new or found
 * @param monitoring the instance's detailed monitoring after the call
 * @param alarm the alarm as CloudWatch describes it afterwards
 * @param monitoringNote why detailed monitoring was turned on or left alone, in one sentence
 */
public record EasyAlarmResult(
        String alarmName,
        String topicArn,
        List<Subscription> subscriptions,
        InstanceMonitoring monitoring,
        Alarm alarm,
        String monitoringNote) {
    /** Copies the subscriptions, so the result never changes. */
    public EasyAlarmResult {
        subscriptions = List.copyOf(subscriptions);
    }

    /** A result without a note on monitoring. */
    public EasyAlarmResult(
            String alarmName,
            String topicArn,
            List<Subscription> subscriptions,
            InstanceMonitoring monitoring,
            Alarm alarm) {
        this(alarmName, topicArn, subscriptions, monitoring, alarm, "");
    }
}
