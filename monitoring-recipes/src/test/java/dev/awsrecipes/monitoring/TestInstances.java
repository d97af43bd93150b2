package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Aws;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.MonitoringState;

/** Instances for tests, launched straight through the SDK (not a recipe under test) and terminated after. */
final class TestInstances {
    private static volatile String ami;

    private TestInstances() {}

    /**
     * A running instance. Neither LocalStack's EC2 nor moto's implements MonitorInstances, so tests that
     * need detailed monitoring launch with it on.
     */
    static String launch(Aws aws, boolean detailedMonitoring) {
        Ec2Client ec2 = aws.client(MonitoringServices.EC2);
        return ec2.runInstances(r -> r.imageId(ami(ec2))
                        .instanceType(InstanceType.T2_MICRO)
                        .minCount(1)
                        .maxCount(1)
                        .monitoring(m -> m.enabled(detailedMonitoring)))
                .instances()
                .get(0)
                .instanceId();
    }

    static void terminate(Aws aws, String instanceId) {
        if (instanceId != null) {
            aws.client(MonitoringServices.EC2).terminateInstances(r -> r.instanceIds(instanceId));
        }
    }

    /** The instance's monitoring state as EC2 describes it, read straight through the SDK. */
    static MonitoringState monitoringState(Aws aws, String instanceId) {
        return aws.client(MonitoringServices.EC2)
                .describeInstances(r -> r.instanceIds(instanceId))
                .reservations()
                .get(0)
                .instances()
                .get(0)
                .monitoring()
                .state();
    }

    /** An image the server knows (LocalStack and moto ship the same list), found once with DescribeImages. */
    private static String ami(Ec2Client ec2) {
        if (ami == null) {
            ami = ec2.describeImages(
                            r -> r.filters(f -> f.name("name").values("amzn2-ami-hvm-*"), f -> f.name("architecture")
                                    .values("x86_64")))
                    .images()
                    .get(0)
                    .imageId();
        }
        return ami;
    }
}
