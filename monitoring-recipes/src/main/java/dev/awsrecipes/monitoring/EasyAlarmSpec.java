package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * M4: everything {@code createEasyAlarm} needs: which instance and metric to watch, how to compare, and who
 * to e-mail. Every value is checked when built, so nothing reaches AWS with bad input.
 *
 * <pre>{@code
 * EasyAlarmSpec spec = EasyAlarmSpec.builder()
 *         .instanceId("i-0abc12345def67890").alarmName("cpu-high").emails(List.of("ops@example.com"))
 *         .metricName("CPUUtilization").comparison(">").threshold(80).periodSeconds(300)
 *         .evaluationPeriods(2).statistic("Average")
 *         .build();
 * }</pre>
 */
public final class EasyAlarmSpec {
    /** Prefix of the topic made for an alarm when no topic name is given. */
    public static final String TOPIC_PREFIX = "CWAlarm-";

    private final String instanceId;
    private final List<String> emails;
    private final AlarmSpec alarm;
    private final String topicName;
    private final Boolean enableMonitoring;

    /** Periods shorter than this need detailed (1-minute) monitoring; basic monitoring reports every 5 minutes. */
    public static final int BASIC_MONITORING_PERIOD_SECONDS = 300;

    private EasyAlarmSpec(Builder b) {
        this.instanceId = MonitoringRules.instanceId("instanceId", b.instanceId);
        this.emails = MonitoringRules.emails("emails", b.emails);
        // The alarm checks its own values; these three have no default here, as in the cookbook.
        Check.notNull(b.threshold, "threshold");
        Check.notNull(b.periodSeconds, "period");
        Check.notNull(b.evaluationPeriods, "evaluationPeriods");
        AlarmSpec unnamed = AlarmSpec.of(b);
        this.alarm = unnamed.toBuilder()
                .description("easyAlarm: " + unnamed.metricName() + " "
                        + unnamed.comparison().symbol() + " " + unnamed.threshold() + " on " + instanceId)
                .build();
        this.topicName = MonitoringRules.topicName(
                "topicName", b.topicName != null ? b.topicName : defaultTopicName(alarmName()));
        this.enableMonitoring = b.enableMonitoring;
    }

    /**
     * {@code CWAlarm-<alarm name>}, with every character SNS does not allow in topic names replaced by
     * {@code _}, cut to SNS's 256 characters.
     */
    public static String defaultTopicName(String alarmName) {
        String name = TOPIC_PREFIX + alarmName.replaceAll("[^A-Za-z0-9_-]", "_");
        return name.length() > 256 ? name.substring(0, 256) : name;
    }

    /** A new builder with the defaults described on the class. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        return alarm.copyTo(new Builder())
                .instanceId(instanceId)
                .emails(emails)
                .topicName(topicName)
                .monitoringChoice(enableMonitoring);
    }

    /** The instance id. */
    public String instanceId() {
        return instanceId;
    }

    /** The alarm name. */
    public String alarmName() {
        return alarm.alarmName();
    }

    /**
     * The alarm this creates, without its actions: the recipe adds the topic as its ALARM and OK
     * action once the topic exists.
     */
    public AlarmSpec alarm() {
        return alarm;
    }

    /** The addresses, each once, in the order given. */
    public List<String> emails() {
        return emails;
    }

    /** The metric name. */
    public String metricName() {
        return alarm.metricName();
    }

    /** The comparison. */
    public Comparison comparison() {
        return alarm.comparison();
    }

    /** The threshold. */
    public double threshold() {
        return alarm.threshold();
    }

    /** The period seconds. */
    public int periodSeconds() {
        return alarm.periodSeconds();
    }

    /** The evaluation periods. */
    public int evaluationPeriods() {
        return alarm.evaluationPeriods();
    }

    /** The statistic. */
    public Statistic statistic() {
        return alarm.statistic();
    }

    /** The SNS topic the alarm notifies; {@code CWAlarm-<alarm name>} unless set. */
    public String topicName() {
        return topicName;
    }

    /**
     * Whether detailed (1-minute) monitoring is turned on for the instance. Unless set, only when the
     * period is shorter than 300 s: basic monitoring already has a datapoint every 5 minutes, and detailed
     * monitoring costs money.
     */
    public boolean enableMonitoring() {
        return enableMonitoring != null ? enableMonitoring : periodSeconds() < BASIC_MONITORING_PERIOD_SECONDS;
    }

    /** Whether {@link #enableMonitoring()} was decided by the caller rather than by the period. */
    public boolean monitoringChosenByCaller() {
        return enableMonitoring != null;
    }

    @Override
    public String toString() {
        return "EasyAlarmSpec[" + alarmName() + ": " + instanceId + " " + metricName() + " " + statistic() + " "
                + comparison().symbol() + " " + threshold() + " for " + evaluationPeriods() + " x " + periodSeconds()
                + "s -> " + topicName + " " + emails + "]";
    }

    /**
     * Builds an {@link EasyAlarmSpec}; every value but the topic name and monitoring switch is required.
     * The metric is EC2's ({@code AWS/EC2}) of the instance, unless a namespace or dimensions are set.
     */
    public static final class Builder extends AlarmSpec.Setters<Builder>
            implements SpecBuilder<Builder, EasyAlarmSpec> {
        private final List<String> emails = new ArrayList<>();
        private String topicName;
        private Boolean enableMonitoring;

        private Builder() {}

        /** Replaces the addresses to notify; null leaves none. */
        public Builder emails(Collection<String> emails) {
            this.emails.clear();
            if (emails != null) {
                this.emails.addAll(emails);
            }
            return this;
        }

        /** Adds one address to notify. */
        public Builder email(String email) {
            this.emails.add(email);
            return this;
        }

        /** The topic to notify, instead of {@code CWAlarm-<alarm name>}; may be null: that default. */
        public Builder topicName(String topicName) {
            this.topicName = topicName;
            return this;
        }

        /**
         * Whether to turn on detailed monitoring for the instance; by default only when the period is under
         * 300 s (it costs money, and longer periods are served by basic monitoring).
         */
        public Builder enableMonitoring(boolean enableMonitoring) {
            this.enableMonitoring = enableMonitoring;
            return this;
        }

        private Builder monitoringChoice(Boolean enableMonitoring) {
            this.enableMonitoring = enableMonitoring;
            return this;
        }

        /** The checked EasyAlarmSpec; a value that breaks a rule throws InvalidArgumentException naming it. */
        @Override
        public EasyAlarmSpec build() {
            return new EasyAlarmSpec(this);
        }
    }
}
