package dev.awsrecipes.monitoring;

/**
 * M3: one subscription of a topic.
 *
 * @param topicArn the topic
 * @param protocol {@code email}, {@code sqs}, {@code https}, ...
 * @param endpoint the address, queue ARN or URL that receives the messages
 * @param subscriptionArn the subscription's ARN, or {@code PendingConfirmation} while an e-mail
 *     subscriber has not confirmed yet
 * @param created true when this call subscribed the endpoint, false when it was subscribed already
 */
public record Subscription(String topicArn, String protocol, String endpoint, String subscriptionArn, boolean created) {

    /** What SNS shows instead of an ARN until the subscriber confirms. */
    public static final String PENDING_CONFIRMATION = "PendingConfirmation";

    /** Whether the subscriber still has to confirm (e-mail and HTTP subscriptions do). */
    public boolean pendingConfirmation() {
        return subscriptionArn == null
                || subscriptionArn.equalsIgnoreCase(PENDING_CONFIRMATION)
                || subscriptionArn.equalsIgnoreCase("pending confirmation");
    }
}
