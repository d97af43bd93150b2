package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.testing.AccountKeys;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.LocalStack;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The monitoring recipes over a caller's own CloudWatch and SNS clients, built the way a service builds
 * them (its own HTTP client, here url-connection instead of the library's Apache default, and its own
 * interceptor): every call the recipes make goes through those clients, and the clients stay usable
 * afterwards (the library never closes them).
 */
class CallersClientsIT {

    /** Records "Service.Operation" for every call made through a client it is added to. */
    static final class CountingInterceptor implements ExecutionInterceptor {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            calls.add(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "."
                    + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    }

    @Ec2ServerTest
    void topicAndAlarm_throughTheCallersClients_everyCallCounted(Ec2Server server) {
        CountingInterceptor counter = new CountingInterceptor();
        AccountKeys account = server.newAccount();
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(account.accessKeyId(), account.secretKey()));
        try (SdkHttpClient http = UrlConnectionHttpClient.create();
                CloudWatchClient cloudWatch = CloudWatchClient.builder()
                        .httpClient(http)
                        .endpointOverride(server.endpoint())
                        .region(server.region())
                        .credentialsProvider(credentials)
                        .overrideConfiguration(c -> c.addExecutionInterceptor(counter))
                        .build();
                SnsClient sns = SnsClient.builder()
                        .httpClient(http)
                        .endpointOverride(server.endpoint())
                        .region(server.region())
                        .credentialsProvider(credentials)
                        .overrideConfiguration(c -> c.addExecutionInterceptor(counter))
                        .build()) {
            MonitoringRecipes monitoring = MonitoringRecipes.builder()
                    .cloudWatchClient(cloudWatch)
                    .snsClient(sns)
                    .build();
            String topicName = LocalStack.uniqueName("ops");
            String alarmName = LocalStack.uniqueName("queue-deep");

            Topic topic = monitoring.createTopic(topicName);
            Alarm alarm = monitoring.createAlarm(a -> a.alarmName(alarmName)
                    .metric(new MetricId("MyApp/Jobs", "QueueDepth", java.util.Map.of("Queue", "orders")))
                    .statistic("Maximum")
                    .comparison(">")
                    .threshold(100)
                    .periodSeconds(60)
                    .alarmAction(topic.arn()));

            // The recipes' calls, each through the caller's clients: SNS has no lookup by name (ListTopics
            // first), and the alarm is read back after it is put.
            assertThat(counter.calls)
                    .containsExactly(
                            "Sns.ListTopics",
                            "Sns.CreateTopic",
                            "CloudWatch.PutMetricAlarm",
                            "CloudWatch.DescribeAlarms");
            assertThat(topic.created()).isTrue();
            assertThat(alarm.alarmActions()).containsExactly(topic.arn());

            // Read back with second calls on the same clients, which the library left open.
            assertThat(sns.listTopics().topics()).extracting(t -> t.topicArn()).contains(topic.arn());
            List<MetricAlarm> described =
                    cloudWatch.describeAlarms(r -> r.alarmNames(alarmName)).metricAlarms();
            assertThat(described).singleElement().satisfies(a -> {
                assertThat(a.namespace()).isEqualTo("MyApp/Jobs");
                assertThat(a.threshold()).isEqualTo(100.0);
                assertThat(a.alarmActions()).containsExactly(topic.arn());
            });
            assertThat(monitoring.describeAlarm(alarmName)).isPresent();
            assertThat(counter.calls).hasSize(7).endsWith("CloudWatch.DescribeAlarms");

            monitoring.deleteAlarms(List.of(alarmName));
            monitoring.deleteTopic(topic.arn());
            assertThat(cloudWatch.describeAlarms(r -> r.alarmNames(alarmName)).metricAlarms())
                    .isEmpty();
        }
    }
}
