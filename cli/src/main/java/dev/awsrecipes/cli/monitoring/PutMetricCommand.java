package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.cli.Converters;
import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.MetricDatum;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import dev.awsrecipes.monitoring.PutMetricDataResult;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aws-recipes put-metric}: M5, values of a custom metric. */
@Command(name = "put-metric", description = "Put one or more values of a custom metric into CloudWatch.")
public final class PutMetricCommand extends RecipeCommand<PutMetricDataResult> {
    @Option(names = "--namespace", required = true, paramLabel = "NS", description = "Your namespace (not AWS/...).")
    String namespace;

    @Option(names = "--metric", required = true, paramLabel = "NAME")
    String metric;

    @Option(
            names = "--value",
            required = true,
            split = ",",
            paramLabel = "X",
            description = "The value(s), separated by commas.")
    List<Double> values;

    @Option(names = "--unit", defaultValue = "None", paramLabel = "UNIT", description = "e.g. Count, Percent.")
    String unit;

    @Option(names = "--timestamp", paramLabel = "ISO", description = "When measured; now by default.")
    String timestamp;

    @Mixin
    DimensionOptions dimensions;

    @Option(names = "--high-resolution", description = "Store at 1-second resolution.")
    boolean highResolution;

    private final List<MetricDatum> data = new ArrayList<>();

    @Override
    protected void validate() {
        Instant at = timestamp == null ? Instant.now() : Converters.parseInstant("timestamp", timestamp);
        for (double value : values) {
            data.add(MetricDatum.builder()
                    .metricName(metric)
                    .value(value)
                    .unit(unit)
                    .timestamp(at)
                    .dimensions(dimensions.parsed())
                    .highResolution(highResolution)
                    .build());
        }
    }

    @Override
    protected PutMetricDataResult run(Aws aws) {
        return MonitoringRecipes.using(aws).putMetricData(namespace, data);
    }

    @Override
    protected void printText(PrintWriter out, PutMetricDataResult result) {
        out.println("put " + result.datums() + " value(s) of " + metric + " into " + result.namespace() + " in "
                + result.requests() + " call(s)");
    }
}
