package dev.awsrecipes.examples.monitoring;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.monitoring.AlarmActionsState;
import dev.awsrecipes.monitoring.AlarmHistoryEntry;
import dev.awsrecipes.monitoring.DiskUsageReport;
import dev.awsrecipes.monitoring.EasyAlarmResult;
import dev.awsrecipes.monitoring.EasyAlarmSpec;
import dev.awsrecipes.monitoring.MetricDatapoint;
import dev.awsrecipes.monitoring.MetricDatum;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import dev.awsrecipes.monitoring.PutMetricDataResult;
import dev.awsrecipes.monitoring.RestrictedUser;
import dev.awsrecipes.monitoring.Subscription;
import dev.awsrecipes.monitoring.Topic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;

/**
 * The monitoring part of the tour: every monitoring recipe once, printing what it did, then deleting
 * the alarms, topic, user, file and instance it made. (Metric data cannot be deleted; CloudWatch lets
 * it expire.)
 */
public final class MonitoringTour {
    private MonitoringTour() {}

    public static void run(Aws aws, PrintWriter out) {
        MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String instanceId = launch(aws);
        List<String> alarms = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        String user = "tour-metrics-" + tag;
        Path dir = null;
        try {
            out.println("launched " + instanceId + " to watch");
            out.println("M1 enableDetailedMonitoring: " + monitoring.enableDetailedMonitoring(instanceId));

            PutMetricDataResult put = monitoring.putMetricData("AwsRecipes/Tour", tourData(instanceId));
            out.println("M5 putMetricData: " + put.datums() + " values in " + put.requests() + " call(s)");
            out.println("M2 instanceMetrics: " + monitoring.instanceMetrics(instanceId));
            List<MetricDatapoint> points = monitoring.statistics(q -> q.namespace("AwsRecipes/Tour")
                    .metricName("QueueDepth")
                    .instanceId(instanceId)
                    .start(Instant.now().minus(15, ChronoUnit.MINUTES))
                    .end(Instant.now())
                    .statistics(Statistic.AVERAGE, Statistic.MAXIMUM)
                    .periodSeconds(300));
            points.forEach(p -> out.println("M2 statistics: " + p.timestamp() + " " + p.values()));

            Topic topic = monitoring.createTopic("tour-" + tag);
            topics.add(topic.arn());
            String topicArn = topic.arn();
            out.println("M3 createTopic: " + topic);
            Subscription sub = monitoring.subscribeEmail(topicArn, "tour-" + tag + "@example.com");
            out.println("M3 subscribeEmail: " + sub.endpoint() + " " + sub.subscriptionArn());

            String alarmName = "tour-cpu-" + tag;
            alarms.add(alarmName);
            // Built once and asked for twice: the second call finds everything in place and changes nothing.
            EasyAlarmSpec cpuAlarm = EasyAlarmSpec.builder()
                    .instanceId(instanceId)
                    .alarmName(alarmName)
                    .email("tour-" + tag + "@example.com")
                    .metricName("CPUUtilization")
                    .comparison(">")
                    .threshold(80)
                    .periodSeconds(300)
                    .evaluationPeriods(2)
                    .statistic("Average")
                    .build();
            EasyAlarmResult easy = monitoring.createEasyAlarm(cpuAlarm);
            String easyTopic = easy.topicArn();
            topics.add(easyTopic);
            out.println("M4 easyAlarm: " + easy.alarmName() + " -> " + easyTopic + ", "
                    + easy.subscriptions().size() + " subscription(s)");
            EasyAlarmResult again = monitoring.createEasyAlarm(cpuAlarm);
            out.println("M4 easyAlarm again: same topic " + again.topicArn().equals(easyTopic) + ", new subscriptions "
                    + again.subscriptions().stream()
                            .filter(Subscription::created)
                            .count());
            monitoring.setAlarmState(alarmName, StateValue.ALARM, "tour: testing the e-mail");
            for (AlarmHistoryEntry h : monitoring.alarmHistory(alarmName)) {
                out.println("M4 alarmHistory: " + h.timestamp() + " " + h.summary());
            }

            List<AlarmActionsState> off = monitoring.disableAlarmActions(List.of(alarmName));
            out.println("M8 disableAlarmActions: " + off);
            out.println("M8 enableAlarmActions: " + monitoring.enableAlarmActions(List.of(alarmName)));

            monitoring.createStatusCheckAlarms(instanceId).forEach(a -> {
                alarms.add(a.name());
                out.println("M9 statusCheckAlarms: " + a.name() + " -> " + a.alarmActions());
            });

            dir = Files.createTempDirectory("tour-credentials");
            Path file = dir.resolve("credentials");
            RestrictedUser restricted =
                    monitoring.createRestrictedUser(u -> u.userName(user).credentialsFile(file));
            out.println("M6 restrictedUser: " + restricted + " file " + Files.getPosixFilePermissions(file));

            DiskUsageReport disk = monitoring.publishDiskUsage(d -> d.instanceId(instanceId));
            out.println(
                    "M7 publishDiskUsage: " + disk.path() + " " + disk.usedPercent() + "% for " + disk.instanceId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            cleanUp(aws, monitoring, instanceId, alarms, topics, user, dir, out);
        }
    }

    private static List<MetricDatum> tourData(String instanceId) {
        List<MetricDatum> data = new ArrayList<>();
        Instant start = Instant.now().minus(10, ChronoUnit.MINUTES);
        for (int i = 0; i < 20; i++) {
            data.add(MetricDatum.builder()
                    .metricName("QueueDepth")
                    .value(i * 3)
                    .unit(StandardUnit.COUNT)
                    .timestamp(start.plusSeconds(30L * i))
                    .dimension("InstanceId", instanceId)
                    .build());
        }
        return data;
    }

    /** An instance for the tour, with detailed monitoring on from the start (LocalStack lacks MonitorInstances). */
    private static String launch(Aws aws) {
        Ec2Client ec2 = aws.client(Ec2Recipes.EC2);
        String ami = ec2.describeImages(
                        r -> r.filters(f -> f.name("name").values("amzn2-ami-hvm-*"), f -> f.name("architecture")
                                .values("x86_64")))
                .images()
                .get(0)
                .imageId();
        return ec2.runInstances(r -> r.imageId(ami)
                        .instanceType(InstanceType.T2_MICRO)
                        .minCount(1)
                        .maxCount(1)
                        .monitoring(m -> m.enabled(true)))
                .instances()
                .get(0)
                .instanceId();
    }

    private static void cleanUp(
            Aws aws,
            MonitoringRecipes monitoring,
            String instanceId,
            List<String> alarms,
            List<String> topics,
            String user,
            Path dir,
            PrintWriter out) {
        if (!alarms.isEmpty()) {
            monitoring.deleteAlarms(alarms);
        }
        topics.forEach(monitoring::deleteTopic);
        monitoring.deleteUser(user);
        if (dir != null) {
            try {
                Files.deleteIfExists(dir.resolve("credentials"));
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                out.println("could not delete " + dir + ": " + e.getMessage());
            }
        }
        aws.client(Ec2Recipes.EC2).terminateInstances(r -> r.instanceIds(instanceId));
        out.println("cleaned up alarms " + alarms + ", topics, user " + user + " and instance " + instanceId);
    }
}
