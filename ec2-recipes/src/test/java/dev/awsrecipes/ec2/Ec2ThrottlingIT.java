package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.AccountKeys;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.TestWaits;
import dev.awsrecipes.testing.ThrottlingInjector;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/**
 * EC2's {@code RequestLimitExceeded} (as EC2 sends it: a 503 with the query protocol's error document)
 * on the calls of a recipe is absorbed by the session's retries: the recipe reports no failure.
 */
class Ec2ThrottlingIT {
    private static final String AMI = "ami-1e749f67";
    private static final List<Region> REGIONS = List.of(Region.US_EAST_1, Region.EU_WEST_1, Region.AP_SOUTHEAST_2);

    @Ec2ServerTest
    void findAllRunning_requestLimitExceededInEveryRegion_isRetriedAndNoFailureIsReported(Ec2Server server) {
        AccountKeys account = server.newAccount();
        // At most 3 throttled answers in all, so even one region taking all of them succeeds on attempt 4.
        ThrottlingInjector throttling = new ThrottlingInjector(
                ThrottlingInjector.Protocol.EC2_QUERY, "RequestLimitExceeded", 3, "DescribeInstances");
        try (Aws plain = server.session(account);
                Aws throttled = server.sessionBuilder(account)
                        .maxAttempts(4)
                        .addInterceptor(throttling)
                        .build()) {
            Ec2Client ec2 = plain.client(Ec2Recipes.EC2, Region.EU_WEST_1);
            String instanceId = ec2.runInstances(r ->
                            r.imageId(AMI).instanceType("t3.micro").minCount(1).maxCount(1))
                    .instances()
                    .get(0)
                    .instanceId();
            try {
                ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(instanceId), TestWaits.FAST);

                RunningInstances found = Ec2Recipes.using(throttled).findAllRunning(REGIONS);

                assertThat(throttling.injected()).isEqualTo(3);
                assertThat(found.errors()).as("failures reported").isEmpty();
                assertThat(found.all()).extracting(RunningInstance::instanceId).containsExactly(instanceId);
                List<Instance> described = ec2.describeInstances(r -> r.instanceIds(instanceId))
                        .reservations()
                        .get(0)
                        .instances();
                assertThat(described).extracting(i -> i.state().name()).containsExactly(InstanceStateName.RUNNING);
            } finally {
                ec2.terminateInstances(r -> r.instanceIds(instanceId));
            }
        }
    }

    @Ec2ServerTest
    void findInstancesByTag_requestLimitExceededTwice_isRetriedWithTheDefaultAttempts(Ec2Server server) {
        AccountKeys account = server.newAccount();
        ThrottlingInjector throttling = new ThrottlingInjector(
                ThrottlingInjector.Protocol.EC2_QUERY, "RequestLimitExceeded", 2, "DescribeInstances");
        try (Aws plain = server.session(account);
                Aws throttled = server.sessionBuilder(account)
                        .addInterceptor(throttling)
                        .build()) {
            Ec2Client ec2 = plain.client(Ec2Recipes.EC2);
            String instanceId = ec2.runInstances(r -> r.imageId(AMI)
                            .instanceType("t3.micro")
                            .minCount(1)
                            .maxCount(1)
                            .tagSpecifications(t -> t.resourceType("instance")
                                    .tags(tag -> tag.key("team").value("throttled"))))
                    .instances()
                    .get(0)
                    .instanceId();
            try {
                List<TaggedInstance> found = Ec2Recipes.using(throttled).findInstancesByTag("team", "throttled");

                assertThat(throttling.injected()).isEqualTo(2);
                assertThat(found).extracting(TaggedInstance::instanceId).containsExactly(instanceId);
                assertThat(ec2.describeTags(r ->
                                        r.filters(f -> f.name("resource-id").values(instanceId)))
                                .tags())
                        .anySatisfy(t -> assertThat(t.value()).isEqualTo("throttled"));
            } finally {
                ec2.terminateInstances(r -> r.instanceIds(instanceId));
            }
        }
    }
}
