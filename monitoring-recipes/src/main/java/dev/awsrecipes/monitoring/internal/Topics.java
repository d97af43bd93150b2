package dev.awsrecipes.monitoring.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.CreateIfMissing;
import dev.awsrecipes.monitoring.MonitoringRules;
import dev.awsrecipes.monitoring.Subscription;
import dev.awsrecipes.monitoring.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.NotFoundException;

/** M3: SNS topics and their subscriptions, each created only when missing. */
final class Topics {
    private static final Logger LOG = LoggerFactory.getLogger(Topics.class);
    private static final Set<String> PROTOCOLS =
            Set.of("email", "email-json", "sms", "sqs", "http", "https", "lambda", "firehose", "application");

    private final Supplier<SnsClient> sns;

    Topics(Supplier<SnsClient> sns) {
        this.sns = sns;
    }

    Topic create(String name) {
        MonitoringRules.topicName("name", name);
        SnsClient sns = this.sns.get();
        CreateIfMissing.Outcome<String> arn = CreateIfMissing.getOrCreate(
                () -> find(name), () -> sns.createTopic(r -> r.name(name)).topicArn());
        if (arn.created()) {
            LOG.info("created topic {}", arn.value());
        }
        return new Topic(name, arn.value(), arn.created());
    }

    /** The topic's ARN, if a topic of that name exists; SNS has no lookup by name, so this lists. */
    Optional<String> find(String name) {
        SnsClient sns = this.sns.get();
        return sns.listTopicsPaginator(r -> {}).topics().stream()
                .map(t -> t.topicArn())
                .filter(arn -> arn.endsWith(":" + name))
                .findFirst();
    }

    /** Checks the protocol and endpoint before anything is sent; returns the normalized protocol. */
    static String checkSubscription(String protocol, String endpoint) {
        Check.notBlank(protocol, "protocol");
        String p = protocol.trim().toLowerCase(Locale.ROOT);
        Check.that(
                PROTOCOLS.contains(p),
                "protocol",
                "\"" + protocol + "\" is not one of " + new java.util.TreeSet<>(PROTOCOLS));
        Check.notBlank(endpoint, "endpoint");
        switch (p) {
            case "email", "email-json" -> MonitoringRules.email("endpoint", endpoint);
            case "http", "https" -> Check.that(
                    endpoint.startsWith(p + "://"), "endpoint", "\"" + endpoint + "\" must be a " + p + ":// URL");
            case "sqs", "lambda", "firehose", "application" -> Check.that(
                    endpoint.startsWith("arn:"), "endpoint", "\"" + endpoint + "\" must be an ARN for " + p);
            default -> {
                // sms: any phone number; SNS checks the format
            }
        }
        return p;
    }

    Subscription subscribe(String topicArn, String protocol, String endpoint) {
        return subscribeAll(topicArn, protocol, List.of(endpoint)).get(0);
    }

    /**
     * Subscribes each endpoint that is not subscribed yet, listing the topic's subscriptions once, so
     * running it again adds nothing.
     */
    List<Subscription> subscribeAll(String topicArn, String protocol, List<String> endpoints) {
        MonitoringRules.topicArn("topicArn", topicArn);
        Check.notEmpty(endpoints, "endpoints");
        endpoints.forEach(e -> checkSubscription(protocol, e));
        String p = protocol.trim().toLowerCase(Locale.ROOT);
        List<Subscription> existing = list(topicArn);
        List<Subscription> result = new ArrayList<>();
        for (String endpoint : endpoints) {
            String target = p.startsWith("email") ? endpoint.trim() : endpoint;
            Optional<Subscription> found = existing.stream()
                    .filter(s -> s.protocol().equals(p) && sameEndpoint(p, s.endpoint(), target))
                    .findFirst();
            if (found.isPresent()) {
                result.add(found.get());
                continue;
            }
            // Without ReturnSubscriptionArn, AWS answers "pending confirmation" until the subscriber
            // confirms, which is what the result should say.
            String arn = sns.get()
                    .subscribe(r -> r.topicArn(topicArn).protocol(p).endpoint(target))
                    .subscriptionArn();
            LOG.info("subscribed {} {} to {}", p, target, topicArn);
            result.add(new Subscription(topicArn, p, target, arn, true));
        }
        return List.copyOf(result);
    }

    private static boolean sameEndpoint(String protocol, String a, String b) {
        // E-mail addresses are compared without case, as mail systems treat them.
        return protocol.startsWith("email") ? a.equalsIgnoreCase(b) : a.equals(b);
    }

    List<Subscription> list(String topicArn) {
        MonitoringRules.topicArn("topicArn", topicArn);
        List<Subscription> subscriptions = new ArrayList<>();
        try {
            sns.get()
                    .listSubscriptionsByTopicPaginator(r -> r.topicArn(topicArn))
                    .subscriptions()
                    .forEach(s -> subscriptions.add(
                            new Subscription(topicArn, s.protocol(), s.endpoint(), s.subscriptionArn(), false)));
        } catch (NotFoundException e) {
            throw new AwsRecipesException("topic " + topicArn + " does not exist", e);
        }
        return List.copyOf(subscriptions);
    }

    void delete(String topicArn) {
        MonitoringRules.topicArn("topicArn", topicArn);
        try {
            sns.get().deleteTopic(r -> r.topicArn(topicArn));
        } catch (RuntimeException e) {
            if (!AwsErrors.isNotFound(e)) {
                throw e;
            }
        }
    }
}
