package dev.awsrecipes.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchServiceClientConfiguration;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmResponse;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

/**
 * A CloudWatch client that keeps the alarms it is asked to put and describes them back, as CloudWatch
 * would (PutMetricAlarm replaces an alarm of the same name); any other call fails, as the SDK's default
 * does, so a test sees every request the recipes send.
 */
final class FakeCloudWatch implements CloudWatchClient {
    final List<PutMetricAlarmRequest> puts = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    private final Map<String, PutMetricAlarmRequest> alarms = new LinkedHashMap<>();
    private final Region region;

    FakeCloudWatch(Region region) {
        this.region = region;
    }

    /** The only alarm request sent; fails the test if there were none or several. */
    PutMetricAlarmRequest onlyPut() {
        if (puts.size() != 1) {
            throw new AssertionError("expected one PutMetricAlarm, got " + puts);
        }
        return puts.get(0);
    }

    @Override
    public PutMetricAlarmResponse putMetricAlarm(PutMetricAlarmRequest request) {
        calls.add("PutMetricAlarm");
        puts.add(request);
        alarms.put(request.alarmName(), request);
        return PutMetricAlarmResponse.builder().build();
    }

    @Override
    public DescribeAlarmsResponse describeAlarms(DescribeAlarmsRequest request) {
        calls.add("DescribeAlarms");
        List<MetricAlarm> found = request.alarmNames().stream()
                .filter(alarms::containsKey)
                .map(name -> described(alarms.get(name)))
                .toList();
        return DescribeAlarmsResponse.builder().metricAlarms(found).build();
    }

    private MetricAlarm described(PutMetricAlarmRequest put) {
        return MetricAlarm.builder()
                .alarmName(put.alarmName())
                .alarmArn("arn:aws:cloudwatch:" + region.id() + ":123456789012:alarm:" + put.alarmName())
                .alarmDescription(put.alarmDescription())
                .namespace(put.namespace())
                .metricName(put.metricName())
                .dimensions(put.dimensions())
                .statistic(put.statistic())
                .comparisonOperator(put.comparisonOperator())
                .threshold(put.threshold())
                .period(put.period())
                .evaluationPeriods(put.evaluationPeriods())
                .alarmActions(put.alarmActions())
                .okActions(put.okActions())
                .actionsEnabled(put.actionsEnabled())
                .stateValue(StateValue.INSUFFICIENT_DATA)
                .build();
    }

    @Override
    public CloudWatchServiceClientConfiguration serviceClientConfiguration() {
        return CloudWatchServiceClientConfiguration.builder().region(region).build();
    }

    @Override
    public String serviceName() {
        return "cloudwatch";
    }

    @Override
    public void close() {}
}
