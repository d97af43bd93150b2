package dev.awsrecipes.cli.monitoring;

import static dev.awsrecipes.cli.OptionValues.ifGiven;

import dev.awsrecipes.cli.Converters;
import dev.awsrecipes.cli.InstanceOption;
import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.MetricDatapoint;
import dev.awsrecipes.monitoring.MetricKey;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import dev.awsrecipes.monitoring.StatisticsQuery;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code aws-recipes metrics}: M2. Without {@code --metric} it lists the instance's metrics; with it,
 * it prints the statistics of that metric, oldest first.
 */
@Command(
        name = "metrics",
        description = "List an instance's CloudWatch metrics, or with --metric query its statistics.")
public final class MetricsCommand extends RecipeCommand<MetricsCommand.Result> {
    @Mixin
    InstanceOption instance;

    @Option(names = "--metric", paramLabel = "NAME", description = "Query this metric, e.g. CPUUtilization.")
    String metric;

    @Mixin
    NamespaceOption namespace;

    @Option(
            names = "--statistic",
            split = ",",
            defaultValue = "Average",
            paramLabel = "NAME",
            description = "SampleCount, Average, Sum, Minimum, Maximum; several separated by commas.")
    List<String> statistics;

    @Option(
            names = "--since",
            defaultValue = "3h",
            paramLabel = "DURATION",
            description = "Start this long ago (default 3h), unless --start is given.")
    Duration since;

    @Option(names = "--start", paramLabel = "ISO", description = "Start instant, e.g. 2026-05-01T10:00:00Z.")
    String start;

    @Option(names = "--end", paramLabel = "ISO", description = "End instant; now by default.")
    String end;

    @Option(
            names = "--period",
            defaultValue = "300",
            paramLabel = "SECONDS",
            description = "Period: a multiple of 60, or 1/5/10/30 for high-resolution metrics.")
    int period;

    @Option(names = "--unit", paramLabel = "UNIT", description = "Unit to report in, e.g. Percent.")
    String unit;

    private StatisticsQuery query;

    /** The metrics listed, or the datapoints of the query. */
    public record Result(List<MetricKey> metrics, List<MetricDatapoint> datapoints) {}

    @Override
    protected void validate() {
        if (metric == null) {
            return;
        }
        Instant to = end == null ? Instant.now() : Converters.parseInstant("end", end);
        Instant from = start == null ? to.minus(since) : Converters.parseInstant("start", start);
        StatisticsQuery.Builder b = StatisticsQuery.builder()
                .namespace(namespace.name())
                .metricName(metric)
                .instanceId(instance.id())
                .start(from)
                .end(to)
                .statisticNames(statistics)
                .periodSeconds(period);
        ifGiven(unit, b::unit);
        query = b.build();
    }

    @Override
    protected Result run(Aws aws) {
        MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
        return query == null
                ? new Result(monitoring.instanceMetrics(instance.id()), List.of())
                : new Result(List.of(), monitoring.statistics(query));
    }

    @Override
    protected void printText(PrintWriter out, Result result) {
        result.metrics().forEach(m -> out.println(m.namespace() + "  " + m.metricName() + "  " + m.dimensions()));
        result.datapoints().forEach(p -> out.println(p.timestamp() + "  " + p.values() + "  " + p.unit()));
        if (result.metrics().isEmpty() && result.datapoints().isEmpty()) {
            progress().println("no data");
        }
    }

    @Override
    protected Object jsonView(Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (query == null) {
            json.put("metrics", result.metrics());
        } else {
            json.put(
                    "datapoints",
                    result.datapoints().stream()
                            .map(MonitoringViews.DatapointJson::new)
                            .toList());
        }
        return json;
    }
}
