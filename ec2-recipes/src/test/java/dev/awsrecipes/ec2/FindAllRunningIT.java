package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.AccountSet;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.testing.AccountKeys;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.TestWaits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Tag;

class FindAllRunningIT {
    private static final List<Region> REGIONS = List.of(Region.US_EAST_1, Region.EU_WEST_1, Region.AP_SOUTHEAST_2);

    @Ec2ServerTest
    void findAllRunning_twoProfilesThreeRegions_listsExactlyTheRunningInstancesAndReportsTheBrokenProfile(
            Ec2Server server, @TempDir Path dir) throws IOException {
        AccountKeys alpha = server.newAccount();
        AccountKeys beta = server.newAccount();
        Path config = dir.resolve("config");
        Path credentials = dir.resolve("credentials");
        String endpoint = server.endpoint().toString();
        Files.writeString(
                config,
                "[profile alpha]\nendpoint_url = " + endpoint + "\n"
                        + "[profile beta]\nendpoint_url = " + endpoint + "\n"
                        + "[profile broken]\nendpoint_url = http://127.0.0.1:9\n");
        Files.writeString(
                credentials,
                credentials("alpha", alpha) + credentials("beta", beta) + credentials("broken", server.newAccount()));
        try (Aws aws = Aws.builder()
                        .environment(Environment.of(Map.of()))
                        .profileFiles(config, credentials)
                        .region(Region.US_EAST_1)
                        .accounts(AccountSet.ofProfiles(List.of("alpha", "beta", "broken")))
                        .connectTimeout(Duration.ofSeconds(1))
                        .maxAttempts(1)
                        .build();
                Aws alphaAws = server.session(alpha);
                Aws betaAws = server.session(beta);
                Ec2Fixture alphaEc2 = new Ec2Fixture(alphaAws);
                Ec2Fixture betaEc2 = new Ec2Fixture(betaAws)) {
            Instance web = alphaEc2.launch(
                    Region.US_EAST_1,
                    r -> r.tagSpecifications(t -> t.resourceType("instance")
                            .tags(Tag.builder().key("Name").value("web").build())));
            Instance stopped = alphaEc2.launch(Region.US_EAST_1, r -> {});
            alphaEc2.ec2(Region.US_EAST_1).stopInstances(r -> r.instanceIds(stopped.instanceId()));
            alphaEc2.ec2(Region.US_EAST_1)
                    .waiter()
                    .waitUntilInstanceStopped(r -> r.instanceIds(stopped.instanceId()), TestWaits.FAST);
            Instance worker = alphaEc2.launch(Region.EU_WEST_1, r -> r.instanceType("t3.small"));
            Instance batch = betaEc2.launch(Region.AP_SOUTHEAST_2, r -> {});

            RunningInstances found = Ec2Recipes.using(aws).findAllRunning(REGIONS);

            assertThat(found.accounts()).containsOnlyKeys("alpha", "beta");
            assertThat(ids(found.accounts().get("alpha").get("us-east-1"))).containsExactly(web.instanceId());
            assertThat(ids(found.accounts().get("alpha").get("eu-west-1"))).containsExactly(worker.instanceId());
            assertThat(found.accounts().get("alpha").get("ap-southeast-2")).isEmpty();
            assertThat(ids(found.accounts().get("beta").get("ap-southeast-2"))).containsExactly(batch.instanceId());
            assertThat(found.accounts().get("beta").get("us-east-1")).isEmpty();
            assertThat(found.count()).isEqualTo(3);
            RunningInstance webFound =
                    found.accounts().get("alpha").get("us-east-1").get(0);
            assertThat(webFound.tags()).containsEntry("Name", "web");
            assertThat(webFound.instanceType()).isEqualTo("t3.micro");
            assertThat(webFound.launchTime()).isNotNull();
            assertThat(found.accounts().get("alpha").get("eu-west-1").get(0).instanceType())
                    .isEqualTo("t3.small");
            assertThat(found.errors())
                    .extracting(RegionFailure::account, RegionFailure::region)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("broken", "us-east-1"),
                            org.assertj.core.groups.Tuple.tuple("broken", "eu-west-1"),
                            org.assertj.core.groups.Tuple.tuple("broken", "ap-southeast-2"));
            assertThat(found.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
            assertThat(found.report()).contains(web.instanceId(), "Name=web", "error in account broken");
        }
    }

    @Ec2ServerTest
    void findAllRunning_everyEnabledRegion_searchesEachRegionDescribeRegionsLists(Ec2Server server) {
        try (Aws aws = server.newAccountSession();
                Ec2Fixture ec2 = new Ec2Fixture(aws)) {
            Instance far = ec2.launch(Region.EU_CENTRAL_1, r -> {});

            RunningInstances found = Ec2Recipes.using(aws).findAllRunning();

            List<String> enabled =
                    aws.client(Ec2Recipes.EC2).describeRegions(r -> r.allRegions(true)).regions().stream()
                            .filter(r -> !"not-opted-in".equals(r.optInStatus()))
                            .map(software.amazon.awssdk.services.ec2.model.Region::regionName)
                            .toList();
            assertThat(found.errors()).isEmpty();
            assertThat(found.accounts().get("default")).containsOnlyKeys(enabled);
            assertThat(found.all()).extracting(RunningInstance::instanceId).containsExactly(far.instanceId());
            assertThat(found.nonEmpty().get("default")).containsOnlyKeys("eu-central-1");
        }
    }

    private static String credentials(String profile, AccountKeys keys) {
        return "[" + profile + "]\naws_access_key_id = " + keys.accessKeyId() + "\naws_secret_access_key = "
                + keys.secretKey() + "\n";
    }

    private static List<String> ids(List<RunningInstance> instances) {
        return instances.stream().map(RunningInstance::instanceId).toList();
    }
}
