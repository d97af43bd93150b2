package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.ConsoleOutput;
import dev.awsrecipes.ec2.Ec2Recipes;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes console-output}: E3, an instance's console log, decoded. */
@Command(name = "console-output", description = "Print an instance's console log.")
public final class ConsoleOutputCommand extends RecipeCommand<ConsoleOutput> {
    @Option(names = "--instance-id", required = true, paramLabel = "ID", description = "The instance.")
    String instanceId;

    @Option(names = "--latest", description = "Ask for the latest output (Nitro instances).")
    boolean latest;

    @Override
    protected ConsoleOutput run(Aws aws) {
        return Ec2Recipes.using(aws).consoleOutput(instanceId, latest);
    }

    @Override
    protected void printText(PrintWriter out, ConsoleOutput result) {
        out.print(result.text());
        if (!result.text().endsWith("\n")) {
            out.println();
        }
    }

    @Override
    protected Object jsonView(ConsoleOutput result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("instanceId", result.instanceId());
        json.put("timestamp", result.timestamp());
        json.put("output", result.text());
        return json;
    }
}
