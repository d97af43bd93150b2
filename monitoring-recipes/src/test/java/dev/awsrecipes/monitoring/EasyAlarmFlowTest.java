package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.ec2.model.MonitoringState;
import software.amazon.awssdk.services.sns.model.SubscribeRequest;

/**
 * createEasyAlarm's whole flow over fake EC2, SNS and CloudWatch clients given to the builder: the
 * instance check, the topic, one subscription per address, the alarm notifying the topic, and running it
 * twice; no server.
 */
class EasyAlarmFlowTest {
    private static final Region REGION = Region.EU_WEST_1;
    private static final String INSTANCE = "i-0abc12345def67890";
    private static final List<String> EMAILS = List.of("ops@example.com", "oncall@example.com");

    private final FakeCloudWatch cloudWatch = new FakeCloudWatch(REGION);
    private final FakeSns sns = new FakeSns(REGION);
    private FakeEc2 ec2 = new FakeEc2(REGION, INSTANCE, MonitoringState.DISABLED);

    private MonitoringRecipes monitoring() {
        return MonitoringRecipes.builder()
                .cloudWatchClient(cloudWatch)
                .snsClient(sns)
                .ec2Client(ec2)
                .build();
    }

    private static Consumer<EasyAlarmSpec.Builder> cpuAbove80(int periodSeconds) {
        return a -> a.instanceId(INSTANCE)
                .alarmName("cpu-high")
                .emails(EMAILS)
                .metricName("CPUUtilization")
                .comparison(">")
                .threshold(80)
                .periodSeconds(periodSeconds)
                .evaluationPeriods(2)
                .statistic("Average");
    }

    @Test
    void createsTheTopic_subscribesEachAddress_andPutsAnAlarmThatNotifiesIt() {
        EasyAlarmResult result = monitoring().createEasyAlarm(cpuAbove80(300));

        String topicArn = sns.arnOf("CWAlarm-cpu-high");
        assertThat(sns.topicsCreated).singleElement().satisfies(t -> assertThat(t.name())
                .isEqualTo("CWAlarm-cpu-high"));
        assertThat(sns.subscribes)
                .extracting(SubscribeRequest::topicArn, SubscribeRequest::protocol, SubscribeRequest::endpoint)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(topicArn, "email", "ops@example.com"),
                        org.assertj.core.groups.Tuple.tuple(topicArn, "email", "oncall@example.com"));

        PutMetricAlarmRequest put = cloudWatch.onlyPut();
        assertThat(put.alarmName()).isEqualTo("cpu-high");
        assertThat(put.namespace()).isEqualTo("AWS/EC2");
        assertThat(put.metricName()).isEqualTo("CPUUtilization");
        assertThat(put.dimensions())
                .containsExactly(
                        Dimension.builder().name("InstanceId").value(INSTANCE).build());
        assertThat(put.comparisonOperator()).isEqualTo(ComparisonOperator.GREATER_THAN_THRESHOLD);
        assertThat(put.threshold()).isEqualTo(80.0);
        assertThat(put.period()).isEqualTo(300);
        assertThat(put.evaluationPeriods()).isEqualTo(2);
        assertThat(put.statistic()).isEqualTo(Statistic.AVERAGE);
        assertThat(put.alarmActions()).containsExactly(topicArn);
        assertThat(put.okActions()).containsExactly(topicArn);
        assertThat(put.alarmDescription()).isEqualTo("easyAlarm: CPUUtilization > 80.0 on " + INSTANCE);

        assertThat(result.topicArn()).isEqualTo(topicArn);
        assertThat(result.subscriptions()).allMatch(Subscription::created).hasSize(2);
        assertThat(result.alarm().alarmActions()).containsExactly(topicArn);
        // A 300 s period is served by basic monitoring, which costs nothing: left alone.
        assertThat(ec2.monitors).isEmpty();
        assertThat(result.monitoring().changed()).isFalse();
        assertThat(result.monitoringNote())
                .isEqualTo("detailed monitoring not needed: basic 5-minute monitoring serves a 300 s period"
                        + " (it is off)");
    }

    @Test
    void runTwice_findsTheTopicAndTheSubscriptions_andOnlyReplacesTheAlarm() {
        MonitoringRecipes monitoring = monitoring();
        EasyAlarmResult first = monitoring.createEasyAlarm(cpuAbove80(300));
        int subscribesAfterFirst = sns.subscribes.size();

        EasyAlarmResult second = monitoring.createEasyAlarm(cpuAbove80(300));

        assertThat(second.topicArn()).isEqualTo(first.topicArn());
        assertThat(sns.topicsCreated).hasSize(1);
        assertThat(sns.subscribes).hasSize(subscribesAfterFirst);
        assertThat(second.subscriptions()).noneMatch(Subscription::created).hasSize(2);
        // PutMetricAlarm replaces an alarm of the same name: sending it again is the idempotent way.
        assertThat(cloudWatch.puts).hasSize(2);
        assertThat(cloudWatch.puts.get(1)).isEqualTo(cloudWatch.puts.get(0));
    }

    @Test
    void aOneMinutePeriod_turnsOnDetailedMonitoringFirst() {
        EasyAlarmResult result = monitoring().createEasyAlarm(cpuAbove80(60));

        assertThat(ec2.monitors).singleElement().satisfies(m -> assertThat(m.instanceIds())
                .containsExactly(INSTANCE));
        assertThat(result.monitoring().changed()).isTrue();
        assertThat(result.monitoringNote())
                .isEqualTo("detailed monitoring turned on: a 60 s period needs 1-minute data");
        assertThat(cloudWatch.onlyPut().period()).isEqualTo(60);
    }

    @Test
    void detailedMonitoringAlreadyOn_isNotTurnedOnAgain() {
        ec2 = new FakeEc2(REGION, INSTANCE, MonitoringState.ENABLED);

        EasyAlarmResult result = monitoring().createEasyAlarm(cpuAbove80(60));

        assertThat(ec2.monitors).isEmpty();
        assertThat(result.monitoringNote())
                .isEqualTo("detailed monitoring already on: a 60 s period needs 1-minute data");
    }

    @Test
    void givenTopicName_isTheTopicCreated() {
        monitoring().createEasyAlarm(cpuAbove80(300).andThen(a -> a.topicName("ops-pager")));

        assertThat(sns.topicsCreated).singleElement().satisfies(t -> assertThat(t.name())
                .isEqualTo("ops-pager"));
        assertThat(cloudWatch.onlyPut().alarmActions()).containsExactly(sns.arnOf("ops-pager"));
    }

    @Test
    void unknownInstance_createsNoTopicAndNoAlarm() {
        ec2 = new FakeEc2(REGION, "i-0fff12345def67890", MonitoringState.DISABLED);

        assertThatThrownBy(() -> monitoring().createEasyAlarm(cpuAbove80(300)))
                .isInstanceOf(UnknownInstanceException.class)
                .hasMessage("instanceId " + INSTANCE + " does not exist in eu-west-1");

        assertThat(sns.calls).isEmpty();
        assertThat(cloudWatch.calls).isEmpty();
    }
}
