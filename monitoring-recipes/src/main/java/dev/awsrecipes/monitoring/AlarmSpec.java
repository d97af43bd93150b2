package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * M4: a metric alarm, checked when built. Creating it again with the same name replaces it
 * (CloudWatch's PutMetricAlarm is an upsert).
 *
 * <pre>{@code
 * AlarmSpec spec = AlarmSpec.builder()
 *         .alarmName("cpu-high").instanceId("i-0abc12345def67890").metricName("CPUUtilization")
 *         .statistic(Statistic.AVERAGE).comparison(">").threshold(80).periodSeconds(300)
 *         .evaluationPeriods(2).alarmAction(topicArn).okAction(topicArn)
 *         .build();
 * }</pre>
 *
 * @param alarmName the alarm's name, unique in the account and region
 * @param description the alarm's description; none when empty
 * @param metric the metric watched
 * @param statistic the statistic compared with the threshold; Average unless set
 * @param comparison how the statistic is compared with the threshold
 * @param threshold the value the statistic is compared with
 * @param periodSeconds the period in seconds: a multiple of 60, or 10 or 30 for high-resolution metrics; 300 unless
 *     set
 * @param evaluationPeriods how many periods in a row must breach the threshold before the alarm fires; 1 unless set
 * @param unit the unit the statistic is read in; whatever unit the metric has when empty
 * @param alarmActions the ARNs run when the alarm goes to ALARM (SNS topics, EC2 actions), at most 5
 * @param okActions the ARNs run when the alarm goes back to OK, at most 5
 * @param actionsEnabled whether the actions run (true unless set); see M8
 */
public record AlarmSpec(
        String alarmName,
        Optional<String> description,
        MetricId metric,
        Statistic statistic,
        Comparison comparison,
        double threshold,
        int periodSeconds,
        int evaluationPeriods,
        Optional<StandardUnit> unit,
        List<String> alarmActions,
        List<String> okActions,
        boolean actionsEnabled)
        implements MetricId.Named {

    /** Checks every value and copies the action lists; a null optional is empty. */
    public AlarmSpec {
        MonitoringRules.name("alarmName", alarmName);
        description = description == null ? Optional.empty() : description;
        Check.notNull(metric, "metric");
        MonitoringRules.statistic("statistic", statistic);
        Check.notNull(comparison, "comparison");
        MonitoringRules.finite("threshold", threshold);
        MonitoringRules.alarmPeriod("period", periodSeconds);
        Check.positive(evaluationPeriods, "evaluationPeriods");
        unit = unit == null ? Optional.empty() : unit;
        alarmActions = actions("alarmActions", alarmActions);
        okActions = actions("okActions", okActions);
    }

    /**
     * Reads what the setters hold (the statistic and comparison as text) in the order the arguments are
     * reported, with the values only {@link Builder} sets.
     */
    private AlarmSpec(
            Setters<?> b,
            String description,
            StandardUnit unit,
            List<String> alarmActions,
            List<String> okActions,
            boolean actionsEnabled) {
        this(
                // named first, so that a builder with nothing set reports the name before the metric
                MonitoringRules.name("alarmName", b.alarmName),
                Optional.ofNullable(description),
                b.metricId(),
                MonitoringRules.statistic("statistic", b.statistic),
                Comparison.of(Check.notNull(b.comparison, "comparison")),
                b.threshold,
                b.periodSeconds,
                b.evaluationPeriods,
                Optional.ofNullable(unit),
                alarmActions,
                okActions,
                actionsEnabled);
    }

    /**
     * The alarm another spec's builder describes through the shared {@link Setters}, without description, unit
     * or actions; its threshold and periods must be set.
     */
    static AlarmSpec of(Setters<?> alarm) {
        return new AlarmSpec(alarm, null, null, List.of(), List.of(), true);
    }

    private static List<String> actions(String argument, List<String> arns) {
        Check.notNull(arns, argument);
        Check.that(arns.size() <= 5, argument, "has " + arns.size() + " ARNs; CloudWatch allows at most 5");
        arns.forEach(arn ->
                Check.that(arn != null && arn.startsWith("arn:"), argument, "\"" + arn + "\" is not an ARN (arn:...)"));
        return List.copyOf(arns);
    }

    /** A new builder: namespace {@code AWS/EC2}, statistic Average, period 300 s, 1 evaluation period. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        Builder b = copyTo(new Builder())
                .description(description.orElse(null))
                .unit(unit.orElse(null))
                .actionsEnabled(actionsEnabled);
        alarmActions.forEach(b::alarmAction);
        okActions.forEach(b::okAction);
        return b;
    }

    /** Sets what {@link Setters} holds (the metric, name, statistic, comparison and periods) on a builder. */
    <B extends Setters<B>> B copyTo(B builder) {
        return builder.metric(metric)
                .alarmName(alarmName)
                .statistic(statistic)
                .comparison(comparison)
                .threshold(threshold)
                .periodSeconds(periodSeconds)
                .evaluationPeriods(evaluationPeriods);
    }

    @Override
    public String toString() {
        return "AlarmSpec[" + alarmName + ": " + metric + " " + statistic + " " + comparison.symbol() + " " + threshold
                + " for " + evaluationPeriods + " x " + periodSeconds + "s]";
    }

    /**
     * The setters of everything an alarm watches and how it decides: the metric, the alarm's name, the
     * statistic, the comparison with its threshold, and the periods. {@link Builder} and the easy alarm's
     * builder share them; what is unset stays null, so each spec applies its own rule (a default here,
     * "is required" for the easy alarm).
     *
     * @param <B> the spec's builder
     */
    public abstract static class Setters<B extends Setters<B>> extends MetricId.Setters<B> {
        String alarmName;
        // statistic and comparison are kept as given, as text, and read when the spec is built
        String statistic;
        String comparison;
        Double threshold;
        Integer periodSeconds;
        Integer evaluationPeriods;

        Setters() {}

        /** The alarm's name, unique in the account and region. */
        public B alarmName(String alarmName) {
            this.alarmName = alarmName;
            return self();
        }

        /** The statistic compared with the threshold. */
        public B statistic(Statistic statistic) {
            return statistic(statistic == null ? null : statistic.toString());
        }

        /** The statistic by name, any case: SampleCount, Average, Sum, Minimum, Maximum. */
        public B statistic(String statistic) {
            this.statistic = statistic;
            return self();
        }

        /** How the statistic is compared with the threshold. */
        public B comparison(Comparison comparison) {
            return comparison(comparison == null ? null : comparison.symbol());
        }

        /** {@code >}, {@code >=}, {@code <} or {@code <=}, or CloudWatch's name of one of them. */
        public B comparison(String comparison) {
            this.comparison = comparison;
            return self();
        }

        /** The comparison as CloudWatch names it; only the four plain comparisons are accepted. */
        public B comparison(ComparisonOperator comparison) {
            return comparison(comparison == null ? null : comparison.toString());
        }

        /** The value the statistic is compared with. */
        public B threshold(double threshold) {
            this.threshold = threshold;
            return self();
        }

        /** A multiple of 60 seconds, or 10 or 30 for high-resolution metrics. */
        public B periodSeconds(int periodSeconds) {
            this.periodSeconds = periodSeconds;
            return self();
        }

        /** How many periods in a row must breach the threshold before the alarm fires. */
        public B evaluationPeriods(int evaluationPeriods) {
            this.evaluationPeriods = evaluationPeriods;
            return self();
        }
    }

    /** Builds an {@link AlarmSpec}; {@link #build()} checks every value. */
    public static final class Builder extends Setters<Builder> implements SpecBuilder<Builder, AlarmSpec> {
        private String description;
        private StandardUnit unit;
        private final List<String> alarmActions = new ArrayList<>();
        private final List<String> okActions = new ArrayList<>();
        private boolean actionsEnabled = true;

        private Builder() {
            statistic = MetricId.DEFAULT_STATISTIC.toString();
            threshold = 0.0;
            periodSeconds = MetricId.DEFAULT_PERIOD_SECONDS;
            evaluationPeriods = 1;
        }

        /** Sets the description; may be null: none. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets the unit; may be null: whatever unit the metric has. */
        public Builder unit(StandardUnit unit) {
            this.unit = unit;
            return this;
        }

        /** An ARN to run when the alarm goes to ALARM (an SNS topic, an EC2 action). */
        public Builder alarmAction(String arn) {
            this.alarmActions.add(arn);
            return this;
        }

        /** An ARN to run when the alarm goes back to OK. */
        public Builder okAction(String arn) {
            this.okActions.add(arn);
            return this;
        }

        /** Whether actions run (true by default); see M8. */
        public Builder actionsEnabled(boolean actionsEnabled) {
            this.actionsEnabled = actionsEnabled;
            return this;
        }

        /** The checked AlarmSpec; a value that breaks a rule throws InvalidArgumentException naming it. */
        @Override
        public AlarmSpec build() {
            return new AlarmSpec(this, description, unit, alarmActions, okActions, actionsEnabled);
        }
    }
}
