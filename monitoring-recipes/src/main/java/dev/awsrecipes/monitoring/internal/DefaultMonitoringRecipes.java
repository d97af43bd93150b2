package dev.awsrecipes.monitoring.internal;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InternalApi;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.monitoring.Alarm;
import dev.awsrecipes.monitoring.AlarmActionsState;
import dev.awsrecipes.monitoring.AlarmHistoryEntry;
import dev.awsrecipes.monitoring.AlarmSpec;
import dev.awsrecipes.monitoring.DiskUsageReport;
import dev.awsrecipes.monitoring.DiskUsageSpec;
import dev.awsrecipes.monitoring.EasyAlarmResult;
import dev.awsrecipes.monitoring.EasyAlarmSpec;
import dev.awsrecipes.monitoring.InstanceMonitoring;
import dev.awsrecipes.monitoring.MetricDatapoint;
import dev.awsrecipes.monitoring.MetricDatum;
import dev.awsrecipes.monitoring.MetricKey;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import dev.awsrecipes.monitoring.MonitoringServices;
import dev.awsrecipes.monitoring.PutMetricDataResult;
import dev.awsrecipes.monitoring.RestrictedUser;
import dev.awsrecipes.monitoring.RestrictedUserSpec;
import dev.awsrecipes.monitoring.StatisticsQuery;
import dev.awsrecipes.monitoring.StatusCheckAlarmSpec;
import dev.awsrecipes.monitoring.Subscription;
import dev.awsrecipes.monitoring.Topic;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.MonitoringState;

/** The monitoring recipes, each handed to the small class that owns its topic. */
@InternalApi
public final class DefaultMonitoringRecipes implements MonitoringRecipes {
    private final DetailedMonitoring monitoring;
    private final MetricQueries queries;
    private final Topics topics;
    private final Alarms alarms;
    private final EasyAlarm easyAlarm;
    private final CustomMetrics customMetrics;
    private final RestrictedUsers users;
    private final DiskUsagePublisher diskUsage;
    private final StatusCheckAlarms statusChecks;

    public DefaultMonitoringRecipes(RecipeContext context) {
        Check.notNull(context, "context");
        // Clients are asked for when a recipe runs, not here: building the recipes costs nothing and
        // cannot fail, so bad input is still reported before any client exists.
        Supplier<Ec2Client> ec2 = () -> context.client(MonitoringServices.EC2);
        Supplier<CloudWatchClient> cloudWatch = () -> context.client(MonitoringServices.CLOUDWATCH);
        Instances instances = new Instances(ec2, context.region());
        this.monitoring = new DetailedMonitoring(ec2, instances);
        this.queries = new MetricQueries(cloudWatch);
        this.topics = new Topics(() -> context.client(MonitoringServices.SNS));
        this.alarms = new Alarms(cloudWatch);
        this.easyAlarm = new EasyAlarm(instances, monitoring, topics, alarms);
        this.customMetrics = new CustomMetrics(cloudWatch);
        this.users = new RestrictedUsers(() -> context.client(MonitoringServices.IAM));
        this.diskUsage = new DiskUsagePublisher(customMetrics);
        this.statusChecks = new StatusCheckAlarms(context.region(), instances, alarms);
    }

    @Override
    public InstanceMonitoring enableDetailedMonitoring(String instanceId) {
        return monitoring.enable(instanceId);
    }

    @Override
    public InstanceMonitoring disableDetailedMonitoring(String instanceId) {
        return monitoring.disable(instanceId);
    }

    @Override
    public MonitoringState monitoringState(String instanceId) {
        return monitoring.state(instanceId);
    }

    @Override
    public List<MetricKey> instanceMetrics(String instanceId) {
        return queries.instanceMetrics(instanceId);
    }

    @Override
    public List<MetricDatapoint> statistics(StatisticsQuery query) {
        return queries.statistics(Check.notNull(query, "query"));
    }

    @Override
    public Topic createTopic(String name) {
        return topics.create(name);
    }

    @Override
    public Subscription subscribe(String topicArn, String protocol, String endpoint) {
        return topics.subscribe(topicArn, protocol, endpoint);
    }

    @Override
    public List<Subscription> subscriptions(String topicArn) {
        return topics.list(topicArn);
    }

    @Override
    public void deleteTopic(String topicArn) {
        topics.delete(topicArn);
    }

    @Override
    public Alarm createAlarm(AlarmSpec spec) {
        return alarms.create(spec);
    }

    @Override
    public Optional<Alarm> describeAlarm(String alarmName) {
        return alarms.describe(alarmName);
    }

    @Override
    public void setAlarmState(String alarmName, StateValue state, String reason) {
        alarms.setState(alarmName, state, reason);
    }

    @Override
    public List<AlarmHistoryEntry> alarmHistory(String alarmName) {
        return alarms.history(alarmName);
    }

    @Override
    public void deleteAlarms(Collection<String> alarmNames) {
        alarms.delete(alarmNames);
    }

    @Override
    public EasyAlarmResult createEasyAlarm(EasyAlarmSpec spec) {
        return easyAlarm.create(Check.notNull(spec, "spec"));
    }

    @Override
    public PutMetricDataResult putMetricData(String namespace, List<MetricDatum> data) {
        return customMetrics.put(namespace, data);
    }

    @Override
    public RestrictedUser createRestrictedUser(RestrictedUserSpec spec) {
        return users.create(spec);
    }

    @Override
    public void deleteUser(String userName) {
        users.delete(userName);
    }

    @Override
    public DiskUsageReport publishDiskUsage(DiskUsageSpec spec) {
        return diskUsage.publish(spec);
    }

    @Override
    public List<AlarmActionsState> disableAlarmActions(Collection<String> alarmNames) {
        return alarms.setActionsEnabled(alarmNames, false);
    }

    @Override
    public List<AlarmActionsState> enableAlarmActions(Collection<String> alarmNames) {
        return alarms.setActionsEnabled(alarmNames, true);
    }

    @Override
    public Alarm createStatusCheckAlarm(StatusCheckAlarmSpec spec) {
        return statusChecks.create(Check.notNull(spec, "spec"));
    }
}
