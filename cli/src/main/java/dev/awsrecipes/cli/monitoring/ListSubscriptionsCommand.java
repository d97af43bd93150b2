package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import dev.awsrecipes.monitoring.Subscription;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code aws-recipes list-subscriptions}: M3, who receives a topic's messages. */
@Command(name = "list-subscriptions", description = "List a topic's subscriptions.")
public final class ListSubscriptionsCommand extends RecipeCommand<List<Subscription>> {
    @Mixin
    TopicOption topic;

    @Override
    protected List<Subscription> run(Aws aws) {
        return MonitoringRecipes.using(aws).subscriptions(topic.arn());
    }

    @Override
    protected void printText(PrintWriter out, List<Subscription> result) {
        result.forEach(s -> out.println(s.protocol() + "  " + s.endpoint() + "  " + s.subscriptionArn()));
    }

    @Override
    protected Object jsonView(List<Subscription> result) {
        return Map.of(
                "subscriptions",
                result.stream().map(MonitoringViews.SubscriptionJson::new).toList());
    }
}
