package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.ConsoleOutput;
import dev.awsrecipes.ec2.Ec2Recipes;
import java.io.PrintWriter;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes console-output}: E3, an instance's console log, decoded. */
@Command(name = "console-output", description = "Print an instance's console log.")
public final class ConsoleOutputCommand extends InstanceCommand<ConsoleOutput> {
    @Option(names = "--latest", description = "Ask for the latest output (Nitro instances).")
    boolean latest;

    @Override
    protected ConsoleOutput run(Aws aws) {
        return Ec2Recipes.using(aws).consoleOutput(instance.id(), latest);
    }

    @Override
    protected void printText(PrintWriter out, ConsoleOutput result) {
        out.print(result.text());
        if (!result.text().endsWith("\n")) {
            out.println();
        }
    }

    /** What {@code --json} prints. */
    record Json(String instanceId, Instant timestamp, String output) {}

    @Override
    protected Object jsonView(ConsoleOutput result) {
        return new Json(result.instanceId(), result.timestamp(), result.text());
    }
}
