package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
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
 *
 * @param metric the metric asked about
 * @param start the first instant of the range
 * @param end the instant the range ends at, after {@code start}
 * @param statistics one or more of SampleCount, Average, Sum, Minimum, Maximum
 * @param unit the unit to ask for; when empty CloudWatch returns the unit the data was stored with
 * @param periodSeconds the period length in seconds: a multiple of 60, or 1, 5, 10, 30 for high-resolution metrics
 */
public record StatisticsQuery(
        MetricId metric,
        Instant start,
        Instant end,
        Set<Statistic> statistics,
        Optional<StandardUnit> unit,
        int periodSeconds)
        implements MetricId.Named {
    /** Checks every value and copies the statistics; a null unit is empty. */
    public StatisticsQuery {
        Check.notNull(metric, "metric");
        Check.notNull(start, "start");
        Check.notNull(end, "end");
        Check.that(start.isBefore(end), "start", start + " must be before end " + end);
        Check.notEmpty(statistics, "statistics").forEach(s -> MonitoringRules.statistic("statistic", s));
        statistics = Set.copyOf(statistics);
        unit = unit == null ? Optional.empty() : unit;
        MonitoringRules.statisticsPeriod("period", periodSeconds);
    }

    /** Reads the builder's text values (statistics, unit) in the order the arguments are reported. */
    private StatisticsQuery(Builder b) {
        this(
                b.metricId(),
                Check.notNull(b.start, "start"),
                Check.notNull(b.end, "end"),
                statistics(b.statistics),
                Optional.ofNullable(b.unit == null ? null : MonitoringRules.unit("unit", b.unit)),
                b.periodSeconds);
    }

    private static Set<Statistic> statistics(List<String> names) {
        Set<Statistic> statistics = EnumSet.noneOf(Statistic.class);
        Check.notEmpty(names, "statistics").forEach(s -> statistics.add(MonitoringRules.statistic("statistic", s)));
        return statistics;
    }

    /** A new builder: namespace {@code AWS/EC2}, period 300 seconds, statistic Average. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's values. */
    public Builder toBuilder() {
        return new Builder()
                .metric(metric)
                .start(start)
                .end(end)
                .periodSeconds(periodSeconds)
                .statistics(statistics)
                .unit(unit.orElse(null));
    }

    @Override
    public String toString() {
        return "StatisticsQuery[" + metric + " " + statistics + " every " + periodSeconds + "s from " + start + " to "
                + end + unit.map(u -> " in " + u).orElse("") + "]";
    }

    /** Builds a {@link StatisticsQuery}; {@link #build()} checks every value. */
    public static final class Builder extends MetricId.Setters<Builder>
            implements SpecBuilder<Builder, StatisticsQuery> {
        private Instant start;
        private Instant end;
        // statistics and unit are kept as given, as text, and read when the query is built
        private List<String> statistics = List.of(MetricId.DEFAULT_STATISTIC.toString());
        private String unit;
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

        /** One or more of SampleCount, Average, Sum, Minimum, Maximum; replaces those set before. */
        public Builder statistics(Statistic... statistics) {
            return statistics(statistics == null ? null : Arrays.asList(statistics));
        }

        /** Sets the statistics; replaces those set before. */
        public Builder statistics(Collection<Statistic> statistics) {
            return statisticNames(
                    statistics == null
                            ? null
                            : statistics.stream()
                                    .map(s -> s == null ? null : s.toString())
                                    .toList());
        }

        /** Statistics by name, any case: SampleCount, Average, Sum, Minimum, Maximum; replaces those set before. */
        public Builder statisticNames(Collection<String> names) {
            // null is kept, so that build() names it: "statistics needs at least one value"
            this.statistics = names == null ? null : new ArrayList<>(names);
            return this;
        }

        /** The unit by name, any case, e.g. {@code Percent} or {@code Bytes/Second}; may be null: as stored. */
        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        /** The unit to report in; may be null: the unit the data was stored with. */
        public Builder unit(StandardUnit unit) {
            return unit(unit == null ? null : unit.toString());
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
