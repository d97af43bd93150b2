package dev.awsrecipes.examples.monitoring;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import dev.awsrecipes.monitoring.Topic;

/** M3: a topic with an e-mail subscriber. Usage: {@code TopicExample TOPIC_NAME EMAIL}. */
public final class TopicExample {
    private TopicExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 2, "TopicExample TOPIC_NAME EMAIL");
        try (Aws aws = Aws.create()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            Topic topic = monitoring.createTopic(args[0]);
            System.out.println(topic);
            System.out.println(monitoring.subscribeEmail(topic.arn(), args[1]));
            monitoring.subscriptions(topic.arn()).forEach(System.out::println);
        }
    }
}
