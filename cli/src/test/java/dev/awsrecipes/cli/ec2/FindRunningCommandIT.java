package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import dev.awsrecipes.testing.TestWaits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Tag;

/** The acceptance test of E11: {@code find-running --json} over two profiles (accounts) and three regions. */
@ExtendWith(LocalStackExtension.class)
class FindRunningCommandIT {
    private static final List<Region> REGIONS = List.of(Region.US_EAST_1, Region.EU_WEST_1, Region.US_WEST_2);

    @Test
    void findRunning_json_twoProfilesThreeRegions_listsExactlyTheirInstancesAndTheBrokenProfileUnderErrors(
            LocalStack localStack, @TempDir Path dir) throws IOException {
        String alpha = LocalStack.newAccountId();
        String beta = LocalStack.newAccountId();
        Path config = dir.resolve("config");
        Path credentials = dir.resolve("credentials");
        String endpoint = localStack.endpoint().toString();
        Files.writeString(
                config,
                "[profile alpha]\nregion = us-east-1\nendpoint_url = " + endpoint + "\n"
                        + "[profile beta]\nregion = us-east-1\nendpoint_url = " + endpoint + "\n"
                        + "[profile broken]\nregion = us-east-1\nendpoint_url = http://127.0.0.1:9\n");
        Files.writeString(
                credentials,
                "[alpha]\naws_access_key_id = " + alpha + "\naws_secret_access_key = test\n"
                        + "[beta]\naws_access_key_id = " + beta + "\naws_secret_access_key = test\n"
                        + "[broken]\naws_access_key_id = " + LocalStack.newAccountId()
                        + "\naws_secret_access_key = test\n");
        List<String> launched = new ArrayList<>();
        try (Aws alphaAws = localStack.sessionForAccount(alpha);
                Aws betaAws = localStack.sessionForAccount(beta)) {
            try {
                String web = launch(alphaAws.client(Ec2Recipes.EC2, Region.US_EAST_1), "web", launched);
                String worker = launch(alphaAws.client(Ec2Recipes.EC2, Region.EU_WEST_1), "worker", launched);
                String batch = launch(betaAws.client(Ec2Recipes.EC2, Region.US_WEST_2), "batch", launched);

                // No --endpoint-url: each profile's endpoint_url decides where its calls go.
                CliResult result = InstanceCli.runWith(
                        Environment.of(Map.of(
                                "AWS_CONFIG_FILE", config.toString(),
                                "AWS_SHARED_CREDENTIALS_FILE", credentials.toString(),
                                "AWS_REGION", "us-east-1")),
                        "find-running",
                        "--profiles",
                        "alpha,beta,broken",
                        "--regions",
                        "us-east-1,eu-west-1,us-west-2",
                        "--json");

                // Results beside a failed account are not a success (issue 20): exit status 1.
                assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
                JsonNode json = result.json();
                JsonNode accounts = json.get("accounts");
                assertThat(fieldNames(accounts)).containsExactly("alpha", "beta");
                assertThat(fieldNames(accounts.get("alpha"))).containsExactlyInAnyOrder("us-east-1", "eu-west-1");
                assertThat(fieldNames(accounts.get("beta"))).containsExactly("us-west-2");
                assertThat(ids(accounts.get("alpha").get("us-east-1"))).containsExactly(web);
                assertThat(ids(accounts.get("alpha").get("eu-west-1"))).containsExactly(worker);
                assertThat(ids(accounts.get("beta").get("us-west-2"))).containsExactly(batch);
                JsonNode first = accounts.get("alpha").get("us-east-1").get(0);
                assertThat(first.get("instanceType").asText()).isEqualTo("t3.micro");
                assertThat(first.get("tags").get("Name").asText()).isEqualTo("web");
                assertThat(first.has("launchTime")).isTrue();
                JsonNode errors = json.get("errors");
                assertThat(errors).hasSize(3);
                List<String> errorRegions = new ArrayList<>();
                errors.forEach(e -> {
                    assertThat(e.get("account").asText()).isEqualTo("broken");
                    assertThat(e.get("message").asText()).isNotBlank();
                    errorRegions.add(e.get("region").asText());
                });
                assertThat(errorRegions).containsExactlyInAnyOrder("us-east-1", "eu-west-1", "us-west-2");
            } finally {
                terminate(alphaAws, Region.US_EAST_1, launched);
                terminate(alphaAws, Region.EU_WEST_1, launched);
                terminate(betaAws, Region.US_WEST_2, launched);
            }
        }
    }

    @Test
    void findRunning_text_allRegions_printsTheReportWithTheInstance(LocalStack localStack) {
        try (InstanceCli cli = new InstanceCli(localStack)) {
            // Not us-east-1: LocalStack answers for the us-gov-* and cn-* regions from us-east-1's state.
            String id = cli.launchIn(Region.EU_CENTRAL_1, r -> {}).instanceId();

            CliResult result = cli.run("find-running", "--regions", "all");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains(id, "eu-central-1", "1 running instance(s), 0 error(s)");
        }
    }

    @Test
    void findRunning_badRegionName_exits2BeforeAnyCall(LocalStack localStack) {
        try (InstanceCli cli = new InstanceCli(localStack)) {
            CliResult result = cli.run("find-running", "--regions", "eu-west-1,eu west-1");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err())
                    .startsWith("find-running: --regions ")
                    .contains("eu west-1")
                    .hasLineCount(1);
        }
    }

    private static String launch(Ec2Client ec2, String name, List<String> launched) {
        String id = ec2.runInstances(r -> r.imageId(InstanceCli.AMI)
                        .instanceType("t3.micro")
                        .minCount(1)
                        .maxCount(1)
                        .tagSpecifications(t -> t.resourceType("instance")
                                .tags(Tag.builder().key("Name").value(name).build())))
                .instances()
                .get(0)
                .instanceId();
        launched.add(id);
        return id;
    }

    private static void terminate(Aws aws, Region region, List<String> launched) {
        Ec2Client ec2 = aws.client(Ec2Recipes.EC2, region);
        List<String> here = ec2.describeInstancesPaginator().reservations().stream()
                .flatMap(r -> r.instances().stream())
                .map(i -> i.instanceId())
                .filter(launched::contains)
                .toList();
        if (!here.isEmpty()) {
            ec2.terminateInstances(r -> r.instanceIds(here));
            ec2.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(here), TestWaits.FAST);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> ids(JsonNode instances) {
        List<String> ids = new ArrayList<>();
        instances.forEach(i -> ids.add(i.get("instanceId").asText()));
        return ids;
    }
}
