package dev.awsrecipes.cli.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;

@ExtendWith(LocalStackExtension.class)
class EasyAlarmCommandIT {

    private static List<String> args(String instanceId, String... overrides) {
        List<String> args = new ArrayList<>(List.of(
                "easy-alarm",
                "--instance-id",
                instanceId,
                "--alarm-name",
                "cpu-high",
                "--email",
                "ops@example.com,oncall@example.com",
                "--metric",
                "CPUUtilization",
                "--comparison",
                ">",
                "--threshold",
                "80",
                "--period",
                "300",
                "--evaluation-periods",
                "2",
                "--statistic",
                "Average"));
        for (int i = 0; i < overrides.length; i += 2) {
            args.set(args.indexOf(overrides[i]) + 1, overrides[i + 1]);
        }
        return args;
    }

    @Test
    void easyAlarm_twice_printsTheContractJsonAndLeavesOneTopicOneSubscriptionPerAddressOneAlarm(
            LocalStack localStack) {
        try (MonitoringCli cli = new MonitoringCli(localStack)) {
            String instanceId = cli.launch();
            List<String> json = new ArrayList<>(args(instanceId));
            json.add("--json");

            CliResult first = cli.run(json.toArray(String[]::new));
            CliResult second = cli.run(json.toArray(String[]::new));

            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(second.exitCode()).as(second.err()).isZero();
            JsonNode result = second.json();
            assertThat(result.fieldNames())
                    .toIterable()
                    .containsExactly("alarmName", "topicArn", "subscriptions", "monitoring");
            assertThat(result.get("monitoring").asText())
                    .as("a 300 s period leaves monitoring alone")
                    .startsWith("detailed monitoring not needed");
            assertThat(result.get("alarmName").asText()).isEqualTo("cpu-high");
            String topicArn = result.get("topicArn").asText();
            assertThat(topicArn)
                    .endsWith(":CWAlarm-cpu-high")
                    .isEqualTo(first.json().get("topicArn").asText());
            assertThat(result.get("subscriptions")).hasSize(2);
            assertThat(result.get("subscriptions").get(0).get("endpoint").asText())
                    .isEqualTo("ops@example.com");
            assertThat(first.json().get("subscriptions").get(0).get("created").asBoolean())
                    .isTrue();
            assertThat(result.get("subscriptions").get(0).get("created").asBoolean())
                    .isFalse();

            assertThat(cli.sns().listTopics().topics())
                    .extracting(t -> t.topicArn())
                    .containsExactly(topicArn);
            assertThat(cli.sns()
                            .listSubscriptionsByTopic(r -> r.topicArn(topicArn))
                            .subscriptions())
                    .extracting(s -> s.endpoint())
                    .containsExactlyInAnyOrder("ops@example.com", "oncall@example.com");
            List<MetricAlarm> alarms = cli.cloudWatch().describeAlarms().metricAlarms();
            assertThat(alarms).singleElement().satisfies(a -> {
                assertThat(a.alarmName()).isEqualTo("cpu-high");
                assertThat(a.alarmActions()).containsExactly(topicArn);
                assertThat(a.okActions()).containsExactly(topicArn);
            });
        }
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(new String[] {"--period", "61"}, "period is 61 seconds"),
                Arguments.of(new String[] {"--comparison", "=>"}, "comparison \"=>\" is not one of >, >=, <, <="),
                Arguments.of(
                        new String[] {"--instance-id", "i-0123456789abcdef0"}, "i-0123456789abcdef0 does not exist"),
                Arguments.of(
                        new String[] {"--email", "ops.example.com"}, "\"ops.example.com\" is not an e-mail address"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void easyAlarm_badInput_exitsNonZeroWithOneLineNamingTheProblemAndCreatesNothing(
            String[] override, String problem, LocalStack localStack) {
        try (MonitoringCli cli = new MonitoringCli(localStack)) {
            String instanceId = cli.launch();

            CliResult result = cli.run(args(instanceId, override).toArray(String[]::new));

            assertThat(result.exitCode()).isNotZero();
            assertThat(result.errLines())
                    .singleElement()
                    .asString()
                    .startsWith("easy-alarm: ")
                    .contains(problem);
            assertThat(result.out()).isEmpty();
            assertThat(cli.sns().listTopics().topics()).isEmpty();
            assertThat(cli.cloudWatch().describeAlarms().metricAlarms()).isEmpty();
        }
    }
}
