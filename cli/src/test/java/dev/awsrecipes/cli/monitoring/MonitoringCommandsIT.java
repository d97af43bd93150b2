package dev.awsrecipes.cli.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.monitoring.MonitoringServices;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

@ExtendWith(LocalStackExtension.class)
class MonitoringCommandsIT {

    private static MetricAlarm alarm(MonitoringCli cli, String name) {
        return cli.cloudWatch()
                .describeAlarms(r -> r.alarmNames(name))
                .metricAlarms()
                .get(0);
    }

    @Test
    void topicAndAlarmCommands_createNotifyFireAndSilenceAnAlarm(LocalStack localStack) {
        try (MonitoringCli cli = new MonitoringCli(localStack)) {
            CliResult topic = cli.run("create-topic", "--name", "pager", "--json");
            String topicArn = topic.json().get("arn").asText();
            CliResult sub = cli.run("subscribe", "--topic-arn", topicArn, "--endpoint", "ops@example.com");
            CliResult alarm = cli.run(
                    "create-alarm",
                    "--alarm-name",
                    "depth",
                    "--namespace",
                    "Paws/Queue",
                    "--metric",
                    "Depth",
                    "--dimension",
                    "Queue=orders",
                    "--comparison",
                    ">=",
                    "--threshold",
                    "100",
                    "--period",
                    "60",
                    "--alarm-action",
                    topicArn,
                    "--ok-action",
                    topicArn);
            CliResult fire = cli.run("set-alarm-state", "--alarm-name", "depth", "--reason", "drill");
            CliResult history = cli.run("alarm-history", "--alarm-name", "depth", "--json");
            CliResult silence = cli.run("alarm-actions", "--alarm-name", "depth", "--disable", "--json");
            CliResult list = cli.run("list-subscriptions", "--topic-arn", topicArn);

            assertThat(List.of(topic, sub, alarm, fire, history, silence, list))
                    .allSatisfy(r -> assertThat(r.exitCode()).as(r.err()).isZero());
            assertThat(cli.sns()
                            .listSubscriptionsByTopic(r -> r.topicArn(topicArn))
                            .subscriptions())
                    .extracting(s -> s.endpoint())
                    .containsExactly("ops@example.com");
            MetricAlarm described = alarm(cli, "depth");
            assertThat(described.comparisonOperator()).isEqualTo(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD);
            assertThat(described.alarmActions()).containsExactly(topicArn);
            assertThat(described.stateValue()).isEqualTo(StateValue.ALARM);
            assertThat(described.actionsEnabled()).isFalse();
            assertThat(fire.out()).contains("depth is now ALARM");
            assertThat(history.json().get("history").toString()).contains("to ALARM");
            assertThat(silence.json().get("alarms").get(0).get("actionsEnabled").asBoolean())
                    .isFalse();
            assertThat(list.out()).contains("ops@example.com");
        }
    }

    @Test
    void alarmCommands_badInput_exitTwoWithOneLineAndCreateNothing(LocalStack localStack) {
        try (MonitoringCli cli = new MonitoringCli(localStack)) {
            CliResult comparison = cli.run(
                    "create-alarm", "--alarm-name", "a", "--metric", "m", "--comparison", "=>", "--threshold", "1");
            CliResult period = cli.run(
                    "create-alarm",
                    "--alarm-name",
                    "a",
                    "--metric",
                    "m",
                    "--comparison",
                    ">",
                    "--threshold",
                    "1",
                    "--period",
                    "61");
            CliResult email =
                    cli.run("subscribe", "--topic-arn", "arn:aws:sns:us-east-1:000000000000:t", "--endpoint", "nobody");
            CliResult actions = cli.run("alarm-actions", "--alarm-name", "missing", "--enable");

            assertThat(List.of(comparison, period, email, actions)).allSatisfy(r -> {
                assertThat(r.exitCode()).isEqualTo(2);
                assertThat(r.errLines()).hasSize(1);
            });
            assertThat(period.err()).contains("period is 61 seconds");
            assertThat(email.err()).contains("\"nobody\" is not an e-mail address");
            assertThat(actions.err()).contains("contains alarms that do not exist: [missing]");
            assertThat(cli.cloudWatch().describeAlarms().metricAlarms()).isEmpty();
        }
    }

    @Test
    void statusCheckAlarms_createRecoverAndReboot_andRefuseRecoverOnTheInstanceCheck(LocalStack localStack) {
        try (MonitoringCli cli = new MonitoringCli(localStack)) {
            String instanceId = cli.launch();

            CliResult bad = cli.run("status-check-alarms", "--instance-id", instanceId, "--instance-action", "recover");
            assertThat(bad.exitCode()).isEqualTo(2);
            assertThat(bad.errLines()).singleElement().asString().contains("recover only works with the system");
            assertThat(cli.cloudWatch().describeAlarms().metricAlarms()).isEmpty();

            CliResult ok = cli.run("status-check-alarms", "--instance-id", instanceId, "--json");
            assertThat(ok.exitCode()).as(ok.err()).isZero();
            String region = localStack.region().id();
            assertThat(cli.cloudWatch().describeAlarms().metricAlarms())
                    .extracting(a -> a.metricName() + " " + a.alarmActions())
                    .containsExactlyInAnyOrder(
                            "StatusCheckFailed_System [arn:aws:automate:" + region + ":ec2:recover]",
                            "StatusCheckFailed_Instance [arn:aws:automate:" + region + ":ec2:reboot]");
        }
    }

    @Test
    void putMetricAndMetrics_writeAndReadBackAnInstancesMetric(LocalStack localStack) {
        try (MonitoringCli cli = new MonitoringCli(localStack)) {
            String instanceId = cli.launch();

            CliResult put = cli.run(
                    "put-metric",
                    "--namespace",
                    "Paws/Host",
                    "--metric",
                    "MemoryUsed",
                    "--value",
                    "40,60",
                    "--unit",
                    "percent",
                    "--dimension",
                    "InstanceId=" + instanceId,
                    // In the past: a query ending "now" excludes a value stamped in the same second.
                    "--timestamp",
                    Instant.now().minusSeconds(120).toString(),
                    "--json");
            CliResult list = cli.run("metrics", "--instance-id", instanceId, "--json");
            CliResult stats = cli.run(
                    "metrics",
                    "--instance-id",
                    instanceId,
                    "--namespace",
                    "Paws/Host",
                    "--metric",
                    "MemoryUsed",
                    "--statistic",
                    "Maximum,SampleCount",
                    "--since",
                    "1h",
                    "--period",
                    "3600",
                    "--json");
            CliResult badPeriod =
                    cli.run("metrics", "--instance-id", instanceId, "--metric", "CPUUtilization", "--period", "61");

            assertThat(put.exitCode()).as(put.err()).isZero();
            assertThat(put.json().get("datums").asInt()).isEqualTo(2);
            assertThat(list.json().get("metrics").get(0).get("metricName").asText())
                    .isEqualTo("MemoryUsed");
            JsonNode points = stats.json().get("datapoints");
            double samples = 0;
            for (JsonNode p : points) {
                samples += p.get("values").get("SampleCount").asDouble();
                assertThat(p.get("unit").asText()).isEqualTo("Percent");
            }
            assertThat(samples).as(stats.out()).isEqualTo(2.0);
            assertThat(badPeriod.exitCode()).isEqualTo(2);
            assertThat(badPeriod.errLines()).singleElement().asString().contains("period is 61 seconds");
            assertThat(cli.cloudWatch()
                            .listMetrics(r -> r.namespace("Paws/Host"))
                            .metrics())
                    .hasSize(1);
        }
    }

    @Test
    void enableMonitoring_alreadyEnabled_reportsUnchanged(LocalStack localStack) {
        try (MonitoringCli cli = new MonitoringCli(localStack)) {
            String instanceId = cli.launch();

            CliResult result = cli.run("enable-monitoring", "--instance-id", instanceId, "--json");
            CliResult unknown = cli.run("enable-monitoring", "--instance-id", "i-0123456789abcdef0");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.json().get("state").asText()).isEqualTo("enabled");
            assertThat(result.json().get("changed").asBoolean()).isFalse();
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.errLines()).singleElement().asString().contains("does not exist");
        }
    }

    @Test
    void restrictedUser_writesOwnerOnlyFileNeverPrintsTheSecretAndRefusesAnExistingFile(
            LocalStack localStack, @TempDir Path dir) throws Exception {
        try (MonitoringCli cli = new MonitoringCli(localStack)) {
            Path file = dir.resolve("credentials");

            CliResult created = cli.run(
                    "restricted-user", "--user-name", "writer", "--credentials-file", file.toString(), "--json");
            CliResult again =
                    cli.run("restricted-user", "--user-name", "writer2", "--credentials-file", file.toString());

            assertThat(created.exitCode()).as(created.err()).isZero();
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            String secret = Files.readAllLines(file).get(2).split(" = ")[1];
            assertThat(created.out() + created.err()).doesNotContain(secret);
            assertThat(created.json().get("accessKeyId").asText()).isNotBlank();
            assertThat(again.exitCode()).isEqualTo(2);
            assertThat(again.errLines()).singleElement().asString().contains("exists already");
            var iam = cli.aws.client(MonitoringServices.IAM);
            assertThat(iam.listUsers().users()).extracting(u -> u.userName()).containsExactly("writer");
            iam.listAccessKeys(r -> r.userName("writer"))
                    .accessKeyMetadata()
                    .forEach(k -> iam.deleteAccessKey(r -> r.userName("writer").accessKeyId(k.accessKeyId())));
            iam.deleteUserPolicy(r -> r.userName("writer").policyName("CloudWatchPutMetricData"));
            iam.deleteUser(r -> r.userName("writer"));
        }
    }

    @Test
    void publishDiskUsage_exitCodeSaysWhetherItWasPublished(LocalStack localStack) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (MonitoringCli cli = new MonitoringCli(localStack)) {
            CliResult ok =
                    cli.run("publish-disk-usage", "--instance-id", "i-0123456789abcdef0", "--path", "/", "--json");
            CliResult noImds = cli.run("publish-disk-usage", "--imds-endpoint", "http://127.0.0.1:" + closedPort);

            assertThat(ok.exitCode()).as(ok.err()).isZero();
            assertThat(ok.json().get("instanceId").asText()).isEqualTo("i-0123456789abcdef0");
            assertThat(cli.cloudWatch()
                            .listMetrics(r -> r.namespace("AwsRecipes/System"))
                            .metrics())
                    .singleElement()
                    .satisfies(m -> assertThat(m.metricName()).isEqualTo("DiskUsage"));
            assertThat(noImds.exitCode()).isEqualTo(1);
            assertThat(noImds.errLines()).singleElement().asString().contains("cannot read the instance id");
        }
    }
}
