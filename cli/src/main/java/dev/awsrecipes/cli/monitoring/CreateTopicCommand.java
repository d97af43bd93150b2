package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import dev.awsrecipes.monitoring.Topic;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes create-topic}: M3, an SNS topic, created only if missing. */
@Command(name = "create-topic", description = "Create an SNS topic, or find the one of that name.")
public final class CreateTopicCommand extends RecipeCommand<Topic> {
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Topic name.")
    String name;

    @Override
    protected Topic run(Aws aws) {
        return MonitoringRecipes.using(aws).createTopic(name);
    }

    @Override
    protected void printText(PrintWriter out, Topic result) {
        out.println(result.arn() + (result.created() ? " (created)" : " (exists)"));
    }
}
