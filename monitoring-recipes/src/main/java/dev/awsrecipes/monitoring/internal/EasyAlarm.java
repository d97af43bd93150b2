package dev.awsrecipes.monitoring.internal;

import dev.awsrecipes.monitoring.Alarm;
import dev.awsrecipes.monitoring.EasyAlarmResult;
import dev.awsrecipes.monitoring.EasyAlarmSpec;
import dev.awsrecipes.monitoring.InstanceMonitoring;
import dev.awsrecipes.monitoring.Subscription;
import dev.awsrecipes.monitoring.Topic;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ec2.model.Instance;

/**
 * M4 easyAlarm: what the cookbook's function meant to do. Its instance lookup passed a set where a
 * filter dictionary belonged, it needed the metric to have data already, and it misspelled two of the
 * alarm's arguments; here the spec is checked up front, the instance is looked up by id, and the
 * alarm is put directly, which works before the metric has any data.
 */
record EasyAlarm(Instances instances, DetailedMonitoring monitoring, Topics topics, Alarms alarms) {
    private static final Logger LOG = LoggerFactory.getLogger(EasyAlarm.class);

    EasyAlarmResult create(EasyAlarmSpec spec) {
        // The spec was checked when built; the instance is the one thing only EC2 can check, and it is
        // checked before anything is created.
        Instance instance = instances.require(spec.instanceId());
        InstanceMonitoring monitored = spec.enableMonitoring()
                ? monitoring.enable(spec.instanceId())
                : new InstanceMonitoring(
                        spec.instanceId(), instance.monitoring().state(), false);
        Topic topic = topics.create(spec.topicName());
        List<Subscription> subscriptions = topics.subscribeAll(topic.arn(), "email", spec.emails());
        Alarm alarm = alarms.create(spec.alarm().toBuilder()
                .alarmAction(topic.arn())
                .okAction(topic.arn())
                .build());
        LOG.info(
                "easyAlarm {} on {} notifies {} via {}",
                spec.alarmName(),
                spec.instanceId(),
                spec.emails(),
                topic.arn());
        return new EasyAlarmResult(
                spec.alarmName(), topic.arn(), subscriptions, monitored, alarm, monitoringNote(spec, monitored));
    }

    /** Says why detailed monitoring was (or was not) turned on, since it costs money. */
    static String monitoringNote(EasyAlarmSpec spec, InstanceMonitoring monitored) {
        String period = "a " + spec.periodSeconds() + " s period";
        if (spec.enableMonitoring()) {
            String done = monitored.changed() ? "turned on" : "already on";
            return spec.monitoringChosenByCaller()
                    ? "detailed monitoring " + done + ", as asked"
                    : "detailed monitoring " + done + ": " + period + " needs 1-minute data";
        }
        String state = monitored.enabled() ? "on" : "off";
        return spec.monitoringChosenByCaller()
                ? "detailed monitoring not turned on, as asked (it is " + state + ")"
                : "detailed monitoring not needed: basic 5-minute monitoring serves " + period + " (it is " + state
                        + ")";
    }
}
