package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import dev.awsrecipes.monitoring.Subscription;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aws-recipes subscribe}: M3, an endpoint subscribed to a topic once. */
@Command(name = "subscribe", description = "Subscribe an e-mail address (or queue, URL, ...) to a topic, once.")
public final class SubscribeCommand extends RecipeCommand<Subscription> {
    @Mixin
    TopicOption topic;

    @Option(
            names = "--protocol",
            defaultValue = "email",
            paramLabel = "P",
            description = "email (default), email-json, sms, sqs, http, https, lambda, firehose, application.")
    String protocol;

    @Option(
            names = "--endpoint",
            required = true,
            paramLabel = "ADDR",
            description = "E-mail address, queue ARN, URL, ...")
    String endpoint;

    @Override
    protected Subscription run(Aws aws) {
        return MonitoringRecipes.using(aws).subscribe(topic.arn(), protocol, endpoint);
    }

    @Override
    protected void printText(PrintWriter out, Subscription result) {
        out.println(result.protocol() + " " + result.endpoint() + ": " + result.subscriptionArn()
                + (result.created() ? " (subscribed)" : " (already subscribed)"));
    }

    @Override
    protected Object jsonView(Subscription result) {
        return new MonitoringViews.SubscriptionJson(result);
    }
}
