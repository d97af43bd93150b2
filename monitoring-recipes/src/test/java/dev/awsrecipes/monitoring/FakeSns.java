package dev.awsrecipes.monitoring;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsServiceClientConfiguration;
import software.amazon.awssdk.services.sns.model.CreateTopicRequest;
import software.amazon.awssdk.services.sns.model.CreateTopicResponse;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsByTopicRequest;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsByTopicResponse;
import software.amazon.awssdk.services.sns.model.ListTopicsRequest;
import software.amazon.awssdk.services.sns.model.ListTopicsResponse;
import software.amazon.awssdk.services.sns.model.SubscribeRequest;
import software.amazon.awssdk.services.sns.model.SubscribeResponse;

/**
 * An SNS client with topics and subscriptions in memory: CreateTopic, ListTopics, Subscribe and
 * ListSubscriptionsByTopic answer as SNS does (a new e-mail subscription is pending confirmation); any other
 * call fails, as the SDK's default does.
 */
final class FakeSns implements SnsClient {
    final List<CreateTopicRequest> topicsCreated = new ArrayList<>();
    final List<SubscribeRequest> subscribes = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    private final List<String> topicArns = new ArrayList<>();
    private final List<software.amazon.awssdk.services.sns.model.Subscription> subscriptions = new ArrayList<>();
    private final Region region;

    FakeSns(Region region) {
        this.region = region;
    }

    String arnOf(String topicName) {
        return "arn:aws:sns:" + region.id() + ":123456789012:" + topicName;
    }

    @Override
    public CreateTopicResponse createTopic(CreateTopicRequest request) {
        calls.add("CreateTopic");
        topicsCreated.add(request);
        String arn = arnOf(request.name());
        if (!topicArns.contains(arn)) {
            topicArns.add(arn);
        }
        return CreateTopicResponse.builder().topicArn(arn).build();
    }

    @Override
    public ListTopicsResponse listTopics(ListTopicsRequest request) {
        calls.add("ListTopics");
        return ListTopicsResponse.builder()
                .topics(topicArns.stream()
                        .map(arn -> software.amazon.awssdk.services.sns.model.Topic.builder()
                                .topicArn(arn)
                                .build())
                        .toList())
                .build();
    }

    @Override
    public SubscribeResponse subscribe(SubscribeRequest request) {
        calls.add("Subscribe");
        subscribes.add(request);
        subscriptions.add(software.amazon.awssdk.services.sns.model.Subscription.builder()
                .topicArn(request.topicArn())
                .protocol(request.protocol())
                .endpoint(request.endpoint())
                .subscriptionArn("PendingConfirmation")
                .build());
        return SubscribeResponse.builder()
                .subscriptionArn("pending confirmation")
                .build();
    }

    @Override
    public ListSubscriptionsByTopicResponse listSubscriptionsByTopic(ListSubscriptionsByTopicRequest request) {
        calls.add("ListSubscriptionsByTopic");
        return ListSubscriptionsByTopicResponse.builder()
                .subscriptions(subscriptions.stream()
                        .filter(s -> s.topicArn().equals(request.topicArn()))
                        .toList())
                .build();
    }

    @Override
    public SnsServiceClientConfiguration serviceClientConfiguration() {
        return SnsServiceClientConfiguration.builder().region(region).build();
    }

    @Override
    public String serviceName() {
        return "sns";
    }

    @Override
    public void close() {}
}
