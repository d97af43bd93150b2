package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.core.RecipesBuilder;
import dev.awsrecipes.monitoring.internal.DefaultMonitoringRecipes;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.MonitoringState;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The monitoring recipes (M1–M9) over one {@link Aws} session: detailed monitoring, metric queries,
 * SNS topics, alarms that notify, custom metrics, a restricted IAM user and a disk-usage publisher.
 * Everything happens in the session's default region.
 *
 * <pre>{@code
 * MonitoringRecipes monitoring = MonitoringRecipes.using(aws);
 * EasyAlarmResult alarm = monitoring.createEasyAlarm(a -> a
 *         .instanceId("i-0abc12345def67890").alarmName("cpu-high").email("ops@example.com")
 *         .metricName("CPUUtilization").comparison(">").threshold(80)
 *         .periodSeconds(300).evaluationPeriods(2).statistic("Average"));
 * monitoring.setAlarmState("cpu-high", StateValue.ALARM, "testing the e-mail");
 * }</pre>
 */
public interface MonitoringRecipes {

    /**
     * The recipes over a session ({@link Aws}) or another context; cheap, holds no state of its own.
     *
     * @param context where the recipes get their clients
     * @return the recipes
     */
    static MonitoringRecipes using(RecipeContext context) {
        return new DefaultMonitoringRecipes(context);
    }

    /**
     * Recipes over the caller's own clients, which the caller keeps owning; give those of the recipes you
     * call (CloudWatch for metrics and alarms, SNS for topics, IAM for the restricted user, EC2 for
     * instance monitoring):
     *
     * <pre>{@code
     * MonitoringRecipes monitoring = MonitoringRecipes.builder()
     *         .cloudWatchClient(cw).snsClient(sns).ec2Client(ec2).build();
     * }</pre>
     *
     * @return a builder; at least one client is required
     */
    static Builder builder() {
        return new Builder();
    }

    /** Recipes over the caller's clients; nothing given is closed by the library. */
    final class Builder extends RecipesBuilder<Builder, MonitoringRecipes> {
        private Builder() {
            super(DefaultMonitoringRecipes::new);
        }

        /**
         * CloudWatch: metrics and alarms (M2, M4, M5, M7, M8, M9).
         *
         * @param cloudWatch the caller's client
         * @return this builder
         */
        public Builder cloudWatchClient(CloudWatchClient cloudWatch) {
            return client(MonitoringServices.CLOUDWATCH, cloudWatch);
        }

        /**
         * SNS: the topics alarms notify (M3, M5).
         *
         * @param sns the caller's client
         * @return this builder
         */
        public Builder snsClient(SnsClient sns) {
            return client(MonitoringServices.SNS, sns);
        }

        /**
         * IAM: the restricted user (M6).
         *
         * @param iam the caller's client
         * @return this builder
         */
        public Builder iamClient(IamClient iam) {
            return client(MonitoringServices.IAM, iam);
        }

        /**
         * EC2: instances and their monitoring (M1, and the instance checks of alarms).
         *
         * @param ec2 the caller's client
         * @return this builder
         */
        public Builder ec2Client(Ec2Client ec2) {
            return client(MonitoringServices.EC2, ec2);
        }
    }

    // M1 ------------------------------------------------------------------------------------------

    /** M1: turns on detailed (1-minute) monitoring, unless it is on already. */
    InstanceMonitoring enableDetailedMonitoring(String instanceId);

    /** M1: turns detailed monitoring off, unless it is off already. */
    InstanceMonitoring disableDetailedMonitoring(String instanceId);

    /** M1: the instance's monitoring state as DescribeInstances reports it. */
    MonitoringState monitoringState(String instanceId);

    // M2 ------------------------------------------------------------------------------------------

    /** M2: every metric CloudWatch has with the instance's {@code InstanceId} dimension, sorted by namespace and name. */
    List<MetricKey> instanceMetrics(String instanceId);

    /** M2: the statistics asked for, one datapoint per period that has data, oldest first. */
    List<MetricDatapoint> statistics(StatisticsQuery query);

    /** M2: {@link #statistics(StatisticsQuery)} with the query built in place. */
    default List<MetricDatapoint> statistics(Consumer<StatisticsQuery.Builder> query) {
        return statistics(StatisticsQuery.builder().applyMutation(query).build());
    }

    // M3 ------------------------------------------------------------------------------------------

    /** M3: the topic of that name, created if it does not exist. */
    Topic createTopic(String name);

    /**
     * M3: subscribes the endpoint to the topic unless it is subscribed already (same protocol and
     * endpoint), so calling it twice leaves one subscription.
     *
     * @param protocol email, email-json, sms, sqs, http, https, lambda, firehose or application
     */
    Subscription subscribe(String topicArn, String protocol, String endpoint);

    /** M3: subscribes an e-mail address; AWS mails it a link to confirm. */
    default Subscription subscribeEmail(String topicArn, String address) {
        return subscribe(topicArn, "email", address);
    }

    /** M3: the topic's subscriptions. */
    List<Subscription> subscriptions(String topicArn);

    /** M3: deletes the topic and with it its subscriptions; a topic that is gone already is fine. */
    void deleteTopic(String topicArn);

    // M4 ------------------------------------------------------------------------------------------

    /** M4: creates the alarm, or replaces one of the same name, and returns it as CloudWatch describes it. */
    Alarm createAlarm(AlarmSpec spec);

    /** M4: {@link #createAlarm(AlarmSpec)} with the spec built in place. */
    default Alarm createAlarm(Consumer<AlarmSpec.Builder> spec) {
        return createAlarm(AlarmSpec.builder().applyMutation(spec).build());
    }

    /** M4: the metric alarm of that name, if there is one. */
    Optional<Alarm> describeAlarm(String alarmName);

    /**
     * M4: sets the alarm's state for a moment, to test what it does (CloudWatch sets it back at its
     * next evaluation). The actions of the new state run.
     */
    void setAlarmState(String alarmName, StateValue state, String reason);

    /** M4: the alarm's history, oldest first. */
    List<AlarmHistoryEntry> alarmHistory(String alarmName);

    /** M4: deletes the alarms; names that do not exist are ignored, as CloudWatch does. */
    void deleteAlarms(Collection<String> alarmNames);

    /**
     * M4: one call from instance to e-mail: checks every argument, checks the instance exists, turns on
     * detailed monitoring, creates (or reuses) the topic, subscribes each address once and creates (or
     * replaces) the alarm with the topic as its ALARM and OK action. Running it again with the same
     * arguments changes nothing.
     */
    EasyAlarmResult createEasyAlarm(EasyAlarmSpec spec);

    /** M4: {@link #createEasyAlarm(EasyAlarmSpec)} with the spec built in place. */
    default EasyAlarmResult createEasyAlarm(Consumer<EasyAlarmSpec.Builder> spec) {
        return createEasyAlarm(EasyAlarmSpec.builder().applyMutation(spec).build());
    }

    // M5 ------------------------------------------------------------------------------------------

    /**
     * M5: writes the values to a namespace of your own, in as few PutMetricData calls as the API's
     * limits allow (1000 values and 1 MB per call).
     */
    PutMetricDataResult putMetricData(String namespace, List<MetricDatum> data);

    // M6 ------------------------------------------------------------------------------------------

    /**
     * M6: a user that may only call {@code cloudwatch:PutMetricData}, with a new access key, and the
     * key written to an owner-only credentials file if one is asked for. A file that exists already is
     * refused before anything is created.
     */
    RestrictedUser createRestrictedUser(RestrictedUserSpec spec);

    /** M6: {@link #createRestrictedUser(RestrictedUserSpec)} with the spec built in place. */
    default RestrictedUser createRestrictedUser(Consumer<RestrictedUserSpec.Builder> spec) {
        return createRestrictedUser(
                RestrictedUserSpec.builder().applyMutation(spec).build());
    }

    /** M6: deletes the user with its access keys and inline policies; a user that is gone is fine. */
    void deleteUser(String userName);

    // M7 ------------------------------------------------------------------------------------------

    /** M7: measures the file system's used percentage and publishes it with the instance's id. */
    DiskUsageReport publishDiskUsage(DiskUsageSpec spec);

    /** M7: {@link #publishDiskUsage(DiskUsageSpec)} with the spec built in place. */
    default DiskUsageReport publishDiskUsage(Consumer<DiskUsageSpec.Builder> spec) {
        return publishDiskUsage(DiskUsageSpec.builder().applyMutation(spec).build());
    }

    // M8 ------------------------------------------------------------------------------------------

    /** M8: stops the alarms' actions from running; every alarm must exist. */
    List<AlarmActionsState> disableAlarmActions(Collection<String> alarmNames);

    /** M8: lets the alarms' actions run again; every alarm must exist. */
    List<AlarmActionsState> enableAlarmActions(Collection<String> alarmNames);

    // M9 ------------------------------------------------------------------------------------------

    /** M9: an alarm on one status check of an instance that runs an EC2 action in its region. */
    Alarm createStatusCheckAlarm(StatusCheckAlarmSpec spec);

    /** M9: {@link #createStatusCheckAlarm(StatusCheckAlarmSpec)} with the spec built in place. */
    default Alarm createStatusCheckAlarm(Consumer<StatusCheckAlarmSpec.Builder> spec) {
        return createStatusCheckAlarm(
                StatusCheckAlarmSpec.builder().applyMutation(spec).build());
    }

    /** M9: the usual pair: recover on a failed system check, reboot on a failed instance check. */
    default List<Alarm> createStatusCheckAlarms(String instanceId) {
        return List.of(
                createStatusCheckAlarm(
                        s -> s.instanceId(instanceId).check(StatusCheck.SYSTEM).action(Ec2AlarmAction.RECOVER)),
                createStatusCheckAlarm(s ->
                        s.instanceId(instanceId).check(StatusCheck.INSTANCE).action(Ec2AlarmAction.REBOOT)));
    }
}
