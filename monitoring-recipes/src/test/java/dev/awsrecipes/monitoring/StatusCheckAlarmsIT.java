package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;

class StatusCheckAlarmsIT {

    @Ec2ServerTest
    void statusCheckAlarms_recoverOnSystemCheckAndRebootOnInstanceCheck(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            String instanceId = TestInstances.launch(aws, false);
            try {
                MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
                Topic topic = monitoring.createTopic("status");

                List<Alarm> created = monitoring.createStatusCheckAlarms(instanceId);
                Alarm notifying = monitoring.createStatusCheckAlarm(s -> s.instanceId(instanceId)
                        .check(StatusCheck.INSTANCE)
                        .action(Ec2AlarmAction.STOP)
                        .alarmName("stop-on-instance-check")
                        .notifyArn(topic.arn()));

                String region = server.region().id();
                Map<String, MetricAlarm> alarms =
                        aws.client(MonitoringServices.CLOUDWATCH).describeAlarms().metricAlarms().stream()
                                .collect(Collectors.toMap(MetricAlarm::alarmName, Function.identity()));
                assertThat(alarms).hasSize(3);
                MetricAlarm system = alarms.get(instanceId + "-system-check-recover");
                assertThat(system.metricName()).isEqualTo("StatusCheckFailed_System");
                assertThat(system.alarmActions()).containsExactly("arn:aws:automate:" + region + ":ec2:recover");
                MetricAlarm instance = alarms.get(instanceId + "-instance-check-reboot");
                assertThat(instance.metricName()).isEqualTo("StatusCheckFailed_Instance");
                assertThat(instance.alarmActions()).containsExactly("arn:aws:automate:" + region + ":ec2:reboot");
                assertThat(alarms.get("stop-on-instance-check").alarmActions())
                        .containsExactly("arn:aws:automate:" + region + ":ec2:stop", topic.arn());
                assertThat(created)
                        .extracting(Alarm::name)
                        .containsExactlyInAnyOrder(system.alarmName(), instance.alarmName());
                assertThat(notifying.dimensions()).containsEntry("InstanceId", instanceId);

                monitoring.deleteAlarms(alarms.keySet());
                monitoring.deleteTopic(topic.arn());
            } finally {
                TestInstances.terminate(aws, instanceId);
            }
        }
    }
}
