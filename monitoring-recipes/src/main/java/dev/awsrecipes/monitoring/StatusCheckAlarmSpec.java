package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.SpecBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * M9: an alarm on one of an instance's status checks that acts on the instance. The recover action
 * only exists for the system check; asking for it on the instance check is rejected when built.
 *
 * <pre>{@code
 * Alarm a = monitoring.createStatusCheckAlarm(s -> s
 *         .instanceId("i-0abc12345def67890").check(StatusCheck.SYSTEM).action(Ec2AlarmAction.RECOVER));
 * }</pre>
 */
public final class StatusCheckAlarmSpec {
    private final String instanceId;
    private final StatusCheck check;
    private final Ec2AlarmAction action;
    private final AlarmSpec alarm;
    private final List<String> notifyArns;

    private StatusCheckAlarmSpec(Builder b) {
        this.instanceId = MonitoringRules.instanceId("instanceId", b.instanceId);
        this.check = Check.notNull(b.check, "check");
        this.action = Check.notNull(b.action, "action");
        if (check == StatusCheck.INSTANCE && action == Ec2AlarmAction.RECOVER) {
            throw new InvalidArgumentException(
                    "action",
                    "action recover only works with the system status check (StatusCheckFailed_System);"
                            + " use reboot for the instance status check");
        }
        // A failed check reports 1, so the alarm fires when the maximum is above 0; the alarm checks the
        // name and the periods.
        this.alarm = AlarmSpec.builder()
                .alarmName(b.alarmName != null ? b.alarmName : defaultName(instanceId, check, action))
                .description(check.metricName() + " on " + instanceId + " -> "
                        + action.name().toLowerCase(Locale.ROOT))
                .metric(MetricId.ofInstance(instanceId, check.metricName()))
                .statistic(Statistic.MAXIMUM)
                .comparison(Comparison.GREATER_THAN)
                .threshold(0)
                .periodSeconds(b.periodSeconds)
                .evaluationPeriods(b.evaluationPeriods)
                .build();
        b.notify.forEach(arn -> Check.that(
                arn != null && arn.startsWith("arn:"), "notifyArns", "\"" + arn + "\" is not an ARN (arn:...)"));
        Check.that(
                b.notify.size() <= 4,
                "notifyArns",
                "has " + b.notify.size() + " ARNs; at most 4 besides the EC2 action");
        this.notifyArns = List.copyOf(b.notify);
    }

    /** {@code <instance>-<check>-check-<action>}, e.g. {@code i-0abc...-system-check-recover}. */
    public static String defaultName(String instanceId, StatusCheck check, Ec2AlarmAction action) {
        return instanceId + "-" + check.name().toLowerCase(Locale.ROOT) + "-check-"
                + action.name().toLowerCase(Locale.ROOT);
    }

    /** A new builder with the defaults described on the class. */
    public static Builder builder() {
        return new Builder();
    }

    /** The instance id. */
    public String instanceId() {
        return instanceId;
    }

    /** The check. */
    public StatusCheck check() {
        return check;
    }

    /** The action. */
    public Ec2AlarmAction action() {
        return action;
    }

    /**
     * The alarm this creates, without its actions: the check's metric of the instance in {@code AWS/EC2}, its
     * maximum above 0. The recipe adds the EC2 action, whose ARN names the instance's region, and then
     * {@link #notifyArns()}.
     */
    public AlarmSpec alarm() {
        return alarm;
    }

    /** The alarm name. */
    public String alarmName() {
        return alarm.alarmName();
    }

    /** Further ARNs (SNS topics) told when the alarm fires. */
    public List<String> notifyArns() {
        return notifyArns;
    }

    @Override
    public String toString() {
        return "StatusCheckAlarmSpec[" + alarmName() + ": " + check + " -> " + action + "]";
    }

    /** Builds a {@link StatusCheckAlarmSpec}: 2 failed 1-minute periods in a row fire the alarm. */
    public static final class Builder implements SpecBuilder<Builder, StatusCheckAlarmSpec> {
        private String instanceId;
        private StatusCheck check;
        private Ec2AlarmAction action;
        private String alarmName;
        private int periodSeconds = 60;
        private int evaluationPeriods = 2;
        private final List<String> notify = new ArrayList<>();

        private Builder() {}

        /** Sets the instance id. */
        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        /** Sets the check. */
        public Builder check(StatusCheck check) {
            this.check = check;
            return this;
        }

        /** Sets the action. */
        public Builder action(Ec2AlarmAction action) {
            this.action = action;
            return this;
        }

        /** Sets the alarm name; may be null: {@link StatusCheckAlarmSpec#defaultName}. */
        public Builder alarmName(String alarmName) {
            this.alarmName = alarmName;
            return this;
        }

        /** Sets the period seconds. */
        public Builder periodSeconds(int periodSeconds) {
            this.periodSeconds = periodSeconds;
            return this;
        }

        /** Sets the evaluation periods. */
        public Builder evaluationPeriods(int evaluationPeriods) {
            this.evaluationPeriods = evaluationPeriods;
            return this;
        }

        /** Also notifies this ARN (an SNS topic) when the alarm fires. */
        public Builder notifyArn(String arn) {
            this.notify.add(arn);
            return this;
        }

        /** The checked StatusCheckAlarmSpec; a value that breaks a rule throws InvalidArgumentException naming it. */
        @Override
        public StatusCheckAlarmSpec build() {
            return new StatusCheckAlarmSpec(this);
        }
    }
}
