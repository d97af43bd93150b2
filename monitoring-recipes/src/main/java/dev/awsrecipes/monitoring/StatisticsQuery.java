package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import dev.awsrecipes.monitoring.internal.Rules;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * M2: which statistics of which metric, between two instants, over periods of what length. Checked
 * when built: the period is a positive multiple of 60 seconds (or 1, 5, 10, 30 for high-resolution
 * metrics), the range is not empty, at least one statistic is given.
 *
 * <pre>{@code
 * StatisticsQuery q = StatisticsQuery.builder()
 *         .instanceId("i-0abc12345def67890").metricName("CPUUtilization")
 *         .start(Instant.now().minus(Duration.ofHours(3))).end(Instant.now())
 *         .statistics(Statistic.AVERAGE, Statistic.MAXIMUM).periodSeconds(300)
 *         .build();
 * }</pre>
 */
public final class StatisticsQuery implements MetricId.Named {
    /** The namespace of EC2's own instance metrics, used unless another is given; see {@link MetricId}. */
    public static final String EC2_NAMESPACE = MetricId.EC2_NAMESPACE;

    private final MetricId metric;
    private final Instant start;
    private final Instant end;
    private final Set<Statistic> statistics;
    private final StandardUnit unit;
    private final int periodSeconds;

    private StatisticsQuery(Builder b) {
        this.metric = b.metricId();
        this.start = Check.notNull("start", b.start);
        this.end = Check.notNull("end", b.end);
        Check.that(start.isBefore(end), "start", start + " must be before end " + end);
        Check.notEmpty("statistics", b.statistics);
        b.statistics.forEach(s -> Rules.statistic("statistics", s));
        this.statistics = Set.copyOf(b.statistics);
        this.unit = b.unit;
        this.periodSeconds = Rules.statisticsPeriod("period", b.periodSeconds);
    }

    /** A new builder: namespace {@code AWS/EC2}, period 300 seconds, statistic Average. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's values. */
    public Builder toBuilder() {
        Builder b = new Builder().metric(metric).start(start).end(end).periodSeconds(periodSeconds);
        b.statistics = EnumSet.copyOf(statistics);
        b.unit = unit;
        return b;
    }

    /** The metric asked about. */
    @Override
    public MetricId metric() {
        return metric;
    }

    /** The start. */
    public Instant start() {
        return start;
    }

    /** The end. */
    public Instant end() {
        return end;
    }

    /** The statistics. */
    public Set<Statistic> statistics() {
        return statistics;
    }

    /** The unit to ask for; when empty CloudWatch returns the unit the data was stored with. */
    public Optional<StandardUnit> unit() {
        return Optional.ofNullable(unit);
    }

    /** The period seconds. */
    public int periodSeconds() {
        return periodSeconds;
    }

    @Override
    public String toString() {
        return "StatisticsQuery[" + metric + " " + statistics + " every " + periodSeconds + "s from " + start + " to "
                + end + (unit == null ? "" : " in " + unit) + "]";
    }

    /** Builds a {@link StatisticsQuery}; {@link #build()} checks every value. */
    public static final class Builder extends MetricId.Setters<Builder>
            implements SpecBuilder<Builder, StatisticsQuery> {
        private Instant start;
        private Instant end;
        private Set<Statistic> statistics = EnumSet.of(MetricId.DEFAULT_STATISTIC);
        private StandardUnit unit;
        private int periodSeconds = MetricId.DEFAULT_PERIOD_SECONDS;

        private Builder() {}

        /** Sets the start. */
        public Builder start(Instant start) {
            this.start = start;
            return this;
        }

        /** Sets the end. */
        public Builder end(Instant end) {
            this.end = end;
            return this;
        }

        /** One or more of SampleCount, Average, Sum, Minimum, Maximum. */
        public Builder statistics(Statistic... statistics) {
            Check.notNull("statistics", statistics);
            Check.that(statistics.length > 0, "statistics", "needs at least one value");
            this.statistics = EnumSet.copyOf(Arrays.asList(statistics));
            return this;
        }

        /** Sets the statistics. */
        public Builder statistics(Set<Statistic> statistics) {
            Check.notEmpty("statistics", statistics);
            this.statistics = EnumSet.copyOf(statistics);
            return this;
        }

        /** Statistics by name, any case: SampleCount, Average, Sum, Minimum, Maximum. */
        public Builder statisticNames(java.util.Collection<String> names) {
            Check.notEmpty("statistics", names);
            Set<Statistic> parsed = EnumSet.noneOf(Statistic.class);
            names.forEach(n -> parsed.add(Rules.statistic("statistic", n)));
            return statistics(parsed);
        }

        /** The unit by name, any case, e.g. {@code Percent} or {@code Bytes/Second}. */
        public Builder unit(String unit) {
            return unit(Rules.unit("unit", unit));
        }

        /** The unit to report in; optional. */
        public Builder unit(StandardUnit unit) {
            this.unit = unit;
            return this;
        }

        /** The period length in seconds: a multiple of 60, or 1, 5, 10, 30 for high-resolution metrics. */
        public Builder periodSeconds(int periodSeconds) {
            this.periodSeconds = periodSeconds;
            return this;
        }

        /** The checked StatisticsQuery; a value that breaks a rule throws InvalidArgumentException naming it. */
        @Override
        public StatisticsQuery build() {
            return new StatisticsQuery(this);
        }
    }
}
