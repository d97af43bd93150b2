package dev.awsrecipes.monitoring;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.Ec2ServiceClientConfiguration;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceMonitoring;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.MonitorInstancesRequest;
import software.amazon.awssdk.services.ec2.model.MonitorInstancesResponse;
import software.amazon.awssdk.services.ec2.model.MonitoringState;
import software.amazon.awssdk.services.ec2.model.Reservation;

/**
 * An EC2 client that knows one running instance, with detailed monitoring on or off, and answers for any
 * other id as EC2 does (InvalidInstanceID.NotFound); MonitorInstances records the request. Any other call
 * fails, as the SDK's default does.
 */
final class FakeEc2 implements Ec2Client {
    final List<MonitorInstancesRequest> monitors = new ArrayList<>();
    private final Region region;
    private final String instanceId;
    private MonitoringState monitoring;

    FakeEc2(Region region, String instanceId, MonitoringState monitoring) {
        this.region = region;
        this.instanceId = instanceId;
        this.monitoring = monitoring;
    }

    @Override
    public DescribeInstancesResponse describeInstances(DescribeInstancesRequest request) {
        if (!request.instanceIds().equals(List.of(instanceId))) {
            throw (Ec2Exception) Ec2Exception.builder()
                    .statusCode(400)
                    .awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
                            .errorCode("InvalidInstanceID.NotFound")
                            .errorMessage("The instance IDs '" + request.instanceIds() + "' do not exist")
                            .build())
                    .build();
        }
        Instance instance = Instance.builder()
                .instanceId(instanceId)
                .state(s -> s.name(InstanceStateName.RUNNING))
                .monitoring(m -> m.state(monitoring))
                .build();
        return DescribeInstancesResponse.builder()
                .reservations(Reservation.builder().instances(instance).build())
                .build();
    }

    @Override
    public MonitorInstancesResponse monitorInstances(MonitorInstancesRequest request) {
        monitors.add(request);
        monitoring = MonitoringState.PENDING;
        return MonitorInstancesResponse.builder()
                .instanceMonitorings(InstanceMonitoring.builder()
                        .instanceId(instanceId)
                        .monitoring(m -> m.state(MonitoringState.PENDING))
                        .build())
                .build();
    }

    @Override
    public Ec2ServiceClientConfiguration serviceClientConfiguration() {
        return Ec2ServiceClientConfiguration.builder().region(region).build();
    }

    @Override
    public String serviceName() {
        return "ec2";
    }

    @Override
    public void close() {}
}
