package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsService;
import dev.awsrecipes.testing.Ec2ServerKind;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The end-to-end promise of M4: an alarm that changes state really notifies. CloudWatch publishes to
 * the alarm's SNS topic, SNS delivers to an SQS queue and an e-mail address subscribed to it; the mail
 * is read back from LocalStack's record of sent mail ({@code GET /_aws/ses}).
 */
class AlarmNotificationIT {
    private static final AwsService<SqsClient> SQS = AwsService.of("sqs", SqsClient.class, SqsClient::builder);

    @Ec2ServerTest(
            value = Ec2ServerKind.LOCALSTACK,
            because = "moto 5.2's SetAlarmState changes the state but runs none of the alarm's actions (nothing is"
                    + " published to SNS), and moto keeps no record of sent mail like LocalStack's /_aws/ses")
    void setAlarmState_alarm_deliversTheAlarmMessageToQueueAndMailbox(LocalStack localStack) throws Exception {
        try (Aws aws = localStack.sessionForAccount(LocalStack.newAccountId())) {
            String instanceId = TestInstances.launch(aws, true);
            String email = LocalStack.uniqueName("alarm") + "@example.com";
            String alarmName = LocalStack.uniqueName("notify");
            SqsClient sqs = aws.client(SQS);
            String queueUrl = sqs.createQueue(r -> r.queueName(LocalStack.uniqueName("alarms")))
                    .queueUrl();
            try {
                MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
                EasyAlarmResult alarm = monitoring.createEasyAlarm(a -> a.instanceId(instanceId)
                        .alarmName(alarmName)
                        .email(email)
                        .metricName("CPUUtilization")
                        .comparison(">=")
                        .threshold(90)
                        .periodSeconds(60)
                        .evaluationPeriods(1)
                        .statistic("Maximum"));
                String queueArn = sqs.getQueueAttributes(
                                r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                        .attributes()
                        .get(QueueAttributeName.QUEUE_ARN);
                monitoring.subscribe(alarm.topicArn(), "sqs", queueArn);

                monitoring.setAlarmState(alarmName, StateValue.ALARM, "testing the notification path");

                Message message = receiveOne(sqs, queueUrl)
                        .orElseThrow(() ->
                                new AssertionError("no message reached the queue subscribed to " + alarm.topicArn()));
                JsonNode envelope = JsonNode.parser().parse(message.body());
                assertThat(envelope.field("TopicArn").map(JsonNode::text)).contains(alarm.topicArn());
                JsonNode payload = JsonNode.parser()
                        .parse(envelope.field("Message").orElseThrow().text());
                assertThat(payload.field("AlarmName").map(JsonNode::text)).contains(alarmName);
                assertThat(payload.field("NewStateValue").map(JsonNode::text)).contains("ALARM");
                assertThat(payload.field("NewStateReason").map(JsonNode::text))
                        .contains("testing the notification path");

                List<JsonNode> mails = mailsTo(localStack, email);
                assertThat(mails).isNotEmpty();
                assertThat(mails.get(0)
                                .field("Body")
                                .flatMap(b -> b.field("text_part"))
                                .map(JsonNode::text))
                        .hasValueSatisfying(
                                text -> assertThat(text).contains(alarmName).contains("ALARM"));

                assertThat(monitoring.alarmHistory(alarmName))
                        .anySatisfy(h -> assertThat(h.summary()).contains("to ALARM"));
            } finally {
                sqs.deleteQueue(r -> r.queueUrl(queueUrl));
                TestInstances.terminate(aws, instanceId);
            }
        }
    }

    /** One message, waiting at most three long polls of 5 seconds. */
    private static Optional<Message> receiveOne(SqsClient sqs, String queueUrl) {
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Message> messages = sqs.receiveMessage(
                            r -> r.queueUrl(queueUrl).waitTimeSeconds(5).maxNumberOfMessages(1))
                    .messages();
            if (!messages.isEmpty()) {
                return Optional.of(messages.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The mails LocalStack recorded for the address. Its shape: {@code {"messages": [{"Destination":
     * {"ToAddresses": [...]}, "Subject": ..., "Body": {"text_part": ..., "html_part": ...}, ...}]}}.
     * SNS sends e-mail right after publishing, so short looks soon find it. An empty list means no mail
     * came within 30 seconds.
     */
    private static List<JsonNode> mailsTo(LocalStack localStack, String email)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(localStack.endpoint() + "/_aws/ses"))
                .GET()
                .build();
        List<JsonNode> mails = new ArrayList<>();
        // Bounded at 60 looks (30 s): a loaded machine may deliver late; an empty answer after that fails.
        for (int attempt = 0; attempt < 60 && mails.isEmpty(); attempt++) {
            if (attempt > 0) {
                Thread.sleep(500);
            }
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            // LocalStack registers /_aws/ses only once its SES service has loaded, which SNS's first mail
            // does; until then the path falls through to S3 and answers 404 with XML. That means "no mail yet".
            if (response.statusCode() != 200) {
                continue;
            }
            for (JsonNode mail : JsonNode.parser()
                    .parse(response.body())
                    .field("messages")
                    .orElseThrow()
                    .asArray()) {
                boolean toUs = mail.field("Destination")
                        .flatMap(d -> d.field("ToAddresses"))
                        .map(a -> a.asArray().stream().anyMatch(x -> email.equals(x.text())))
                        .orElse(false);
                if (toUs) {
                    mails.add(mail);
                }
            }
        }
        return mails;
    }
}
