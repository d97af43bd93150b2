package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import software.amazon.awssdk.services.sns.SnsClient;

class TopicsIT {

    @Ec2ServerTest
    void createTopic_twice_createsItOnceAndReturnsTheSameArn(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);

            Topic first = monitoring.createTopic("paws-alarms");
            Topic second = monitoring.createTopic("paws-alarms");

            assertThat(first.created()).isTrue();
            assertThat(second.created()).isFalse();
            assertThat(second.arn()).isEqualTo(first.arn()).endsWith(":paws-alarms");
            SnsClient sns = aws.client(MonitoringServices.SNS);
            assertThat(sns.listTopics().topics()).extracting(t -> t.topicArn()).containsExactly(first.arn());

            monitoring.deleteTopic(first.arn());
            assertThat(sns.listTopics().topics()).isEmpty();
        }
    }

    @Ec2ServerTest
    void subscribe_sameAddressTwice_leavesOneSubscription(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            Topic topic = monitoring.createTopic("paws-alarms");

            Subscription first = monitoring.subscribeEmail(topic.arn(), "ops@example.com");
            Subscription again = monitoring.subscribeEmail(topic.arn(), "OPS@example.com");
            Subscription hook = monitoring.subscribe(topic.arn(), "https", "https://hooks.example.com/alarm");

            assertThat(first.created()).isTrue();
            assertThat(again.created()).isFalse();
            assertThat(hook.protocol()).isEqualTo("https");
            var listed = aws.client(MonitoringServices.SNS)
                    .listSubscriptionsByTopic(r -> r.topicArn(topic.arn()))
                    .subscriptions();
            assertThat(listed)
                    .extracting(s -> s.protocol() + " " + s.endpoint())
                    .containsExactlyInAnyOrder("email ops@example.com", "https https://hooks.example.com/alarm");
            assertThat(monitoring.subscriptions(topic.arn()))
                    .extracting(Subscription::endpoint)
                    .containsExactlyInAnyOrder("ops@example.com", "https://hooks.example.com/alarm");

            monitoring.deleteTopic(topic.arn());
        }
    }

    @Ec2ServerTest
    void subscribe_badEndpoints_areRejectedAndNothingIsSubscribed(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
            Topic topic = monitoring.createTopic("paws-alarms");

            assertThatThrownBy(() -> monitoring.subscribeEmail(topic.arn(), "ops.example.com"))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("\"ops.example.com\" is not an e-mail address");
            assertThatThrownBy(() -> monitoring.subscribe(topic.arn(), "sqs", "https://queue"))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("must be an ARN");
            assertThatThrownBy(() -> monitoring.subscribe(topic.arn(), "pigeon", "coop 7"))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("protocol \"pigeon\"");

            assertThat(monitoring.subscriptions(topic.arn())).isEmpty();
            monitoring.deleteTopic(topic.arn());
        }
    }
}
