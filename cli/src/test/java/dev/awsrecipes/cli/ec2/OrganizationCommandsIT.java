package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.core.OrganizationAccounts;
import dev.awsrecipes.core.OrganizationsService;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.testing.AccountKeys;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerKind;
import dev.awsrecipes.testing.Ec2Servers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.CreateAccountStatus;

/**
 * The acceptance test of issue 20 point 3 on moto, the emulator with Organizations: an organization with
 * two new member accounts, instances in three regions across them (launched by assuming
 * OrganizationAccountAccessRole into each member, as the command does), found by {@code find-running
 * --organization --json} under their accounts; and, with one member's role refused by STS, that account
 * listed as failed beside the other's results with exit status 1. The organization belongs to a fresh moto
 * account, so no other test's accounts are in it.
 */
class OrganizationCommandsIT {
    private static final String ROLE = OrganizationAccounts.DEFAULT_ROLE_NAME;

    private static Ec2Server moto;
    /** A fresh account of moto's, the organization's management account: moto keeps one organization per account. */
    private static AccountKeys managementKeys;

    private static Aws management;
    private static Account alpha;
    private static Account beta;
    /** Instance id → the account and region it runs in. */
    private static final Map<String, Placement> launched = new LinkedHashMap<>();

    private record Placement(Account account, Region region) {}

    @BeforeAll
    static void organizationWithTwoMembersAndThreeInstances() {
        // Organizations exist only on moto; without MOTO_ENDPOINT this fails with the command that starts it.
        moto = Ec2Servers.get(Ec2ServerKind.MOTO);
        managementKeys = moto.newAccount();
        management = moto.session(managementKeys);
        OrganizationsClient organizations = management.client(OrganizationsService.ORGANIZATIONS);
        organizations.createOrganization(r -> r.featureSet("ALL"));
        alpha = member(organizations, "alpha");
        beta = member(organizations, "beta");
        launch(alpha, Region.US_EAST_1);
        launch(alpha, Region.EU_WEST_1);
        launch(beta, Region.US_WEST_2);
    }

    private static Account member(OrganizationsClient organizations, String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        CreateAccountStatus status = organizations
                .createAccount(r -> r.accountName(name).email(name + "@example.com"))
                .createAccountStatus();
        assertThat(status.stateAsString()).isEqualTo("SUCCEEDED");
        String id = status.accountId();
        return Account.member(id, name, "arn:aws:iam::" + id + ":role/" + ROLE, null);
    }

    private static void launch(Account account, Region region) {
        Ec2Client ec2 = management.client(Ec2Recipes.EC2, region, account);
        String image =
                ec2.describeImages(r -> r.owners("amazon")).images().get(0).imageId();
        String id = ec2.runInstances(r ->
                        r.imageId(image).instanceType("t3.micro").minCount(1).maxCount(1))
                .instances()
                .get(0)
                .instanceId();
        launched.put(id, new Placement(account, region));
    }

    @AfterEach
    void answerEveryRoleAgain() {
        RefusedRoles.reset();
    }

    @AfterAll
    static void terminate() {
        if (management == null) {
            return;
        }
        try (Aws session = management) {
            launched.forEach((id, where) -> session.client(Ec2Recipes.EC2, where.region(), where.account())
                    .terminateInstances(r -> r.instanceIds(id)));
        }
    }

    /** The command line as the management account's user. */
    private static CliResult run(String... args) {
        return InstanceCli.runWith(Environment.of(moto.cliEnvironment(managementKeys)), args);
    }

    /** {@code command} across the organization, limited to alpha and beta in {@code regions}, then {@code more}. */
    private static CliResult runOnAlphaAndBeta(String command, String regions, String... more) {
        List<String> args = new ArrayList<>(List.of(
                command, "--organization", "--accounts", alpha.name() + "," + beta.name(), "--regions", regions));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private static List<String> ids(JsonNode instances) {
        List<String> ids = new ArrayList<>();
        if (instances != null) {
            instances.forEach(i -> ids.add(i.get("instanceId").asText()));
        }
        return ids;
    }

    private static List<String> instancesOf(Account account) {
        return launched.entrySet().stream()
                .filter(e -> e.getValue().account().equals(account))
                .map(Map.Entry::getKey)
                .toList();
    }

    @Test
    void findRunning_organization_json_findsEveryInstanceUnderItsAccountWithNoError() {
        // A throttled AssumeRole is retried, not reported.
        RefusedRoles.throttle(alpha.roleArn().orElseThrow(), 1);

        CliResult result = run("find-running", "--organization", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("errors")).isEmpty();
        JsonNode accounts = json.get("accounts");
        // Every account of the organization, the management account (reached with its own keys) too.
        List<String> searched = new ArrayList<>();
        accounts.fieldNames().forEachRemaining(searched::add);
        assertThat(searched).containsExactlyInAnyOrder(managementKeys.accountId(), alpha.name(), beta.name());
        assertThat(accounts.get(managementKeys.accountId()).get("regions")).isEmpty();
        for (Account member : List.of(alpha, beta)) {
            JsonNode found = accounts.get(member.name());
            assertThat(found).as("account %s in %s", member.name(), accounts).isNotNull();
            assertThat(found.get("name").asText())
                    .isEqualTo(member.displayName().orElseThrow());
            List<String> all = new ArrayList<>();
            found.get("regions").forEach(instances -> all.addAll(ids(instances)));
            assertThat(all).containsExactlyInAnyOrderElementsOf(instancesOf(member));
        }
        launched.forEach(
                (id, where) -> assertThat(ids(accounts.get(where.account().name())
                                .get("regions")
                                .get(where.region().id())))
                        .contains(id));
        assertThat(RefusedRoles.throttlesSent()).isEqualTo(1);
    }

    @Test
    void findRunning_organization_roleRefusedInOneMember_listsItAsFailedBesideTheOthersAndExits1() {
        RefusedRoles.refuse(beta.roleArn().orElseThrow());

        CliResult result = runOnAlphaAndBeta("find-running", "us-east-1,eu-west-1,us-west-2", "--json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        JsonNode json = result.json();
        JsonNode accounts = json.get("accounts");
        assertThat(result.fieldNames()).containsExactly("accounts", "errors");
        assertThat(accounts.has(beta.name())).isFalse();
        assertThat(ids(accounts.get(alpha.name()).get("regions").get("us-east-1"))
                                .size()
                        + ids(accounts.get(alpha.name()).get("regions").get("eu-west-1"))
                                .size())
                .isEqualTo(2);
        assertThat(json.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("account").asText()).isEqualTo(beta.name());
            assertThat(error.get("name").asText()).isEqualTo(beta.displayName().orElseThrow());
            assertThat(error.get("region").isNull()).isTrue();
            assertThat(error.get("message").asText()).contains("AccessDenied");
        });
    }

    @Test
    void findRunning_organization_text_namesTheAccountsByIdAndNameAndSendsTheExternalId() {
        RefusedRoles.refuse(beta.roleArn().orElseThrow());

        CliResult result = runOnAlphaAndBeta("find-running", "us-east-1", "--external-id", "agreed-id-1");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(RefusedRoles.externalIdSentFor(alpha.roleArn().orElseThrow()))
                .contains("agreed-id-1");
        assertThat(result.out())
                .contains("account " + alpha.label() + ": 1 running")
                .contains("error in account " + beta.label() + ": ")
                .contains("AccessDenied");
    }

    @Test
    void findRunning_organization_ou_searchesTheUnitAndTheUnitsBelowItOnly() {
        OrganizationsClient organizations = management.client(OrganizationsService.ORGANIZATIONS);
        String root = organizations.listRoots().roots().get(0).id();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String outer = organizations
                .createOrganizationalUnit(r -> r.parentId(root).name("outer-" + suffix))
                .organizationalUnit()
                .id();
        String inner = organizations
                .createOrganizationalUnit(r -> r.parentId(outer).name("inner-" + suffix))
                .organizationalUnit()
                .id();
        // alpha two levels down; beta stays under the root.
        organizations.moveAccount(
                r -> r.accountId(alpha.name()).sourceParentId(root).destinationParentId(inner));

        CliResult result =
                run("find-running", "--organization", "--ou", outer, "--regions", "us-east-1,eu-west-1", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode accounts = result.json().get("accounts");
        List<String> found = new ArrayList<>();
        accounts.fieldNames().forEachRemaining(found::add);
        assertThat(found).containsExactly(alpha.name());
        List<String> all = new ArrayList<>();
        accounts.get(alpha.name()).get("regions").forEach(instances -> all.addAll(ids(instances)));
        assertThat(all).containsExactlyInAnyOrderElementsOf(instancesOf(alpha));
    }

    @Test
    void syncKeypairs_organization_roleRefusedInOneMember_importsInTheOtherAndExits1() {
        RefusedRoles.refuse(beta.roleArn().orElseThrow());
        String keyName = "org-" + UUID.randomUUID().toString().substring(0, 8);

        CliResult result = runOnAlphaAndBeta(
                "sync-keypairs",
                "us-east-1,eu-west-1",
                "--key-name",
                keyName,
                "--public-key",
                SyncKeypairsCommandIT.key("ed25519.pub").toString(),
                "--json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        JsonNode json = result.json();
        JsonNode alphaJson = json.get("accounts").get(alpha.name());
        assertThat(alphaJson.get("name").asText()).isEqualTo(alpha.displayName().orElseThrow());
        assertThat(alphaJson.get("regions").get("us-east-1").asText()).isEqualTo("imported");
        assertThat(alphaJson.get("regions").get("eu-west-1").asText()).isEqualTo("imported");
        assertThat(json.get("accounts").has(beta.name())).isFalse();
        assertThat(json.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("account").asText()).isEqualTo(beta.name());
            assertThat(error.get("message").asText()).contains("AccessDenied");
        });
        // The key is really in the member's own EC2, not the management account's.
        assertThat(management
                        .client(Ec2Recipes.EC2, Region.EU_WEST_1, alpha)
                        .describeKeyPairs(r -> r.keyNames(keyName))
                        .keyPairs())
                .hasSize(1);
    }
}
