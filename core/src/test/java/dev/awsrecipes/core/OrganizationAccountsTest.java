package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.OrganizationsServiceClientConfiguration;
import software.amazon.awssdk.services.organizations.model.ChildType;
import software.amazon.awssdk.services.organizations.model.ListAccountsForParentRequest;
import software.amazon.awssdk.services.organizations.model.ListAccountsForParentResponse;
import software.amazon.awssdk.services.organizations.model.ListAccountsRequest;
import software.amazon.awssdk.services.organizations.model.ListAccountsResponse;
import software.amazon.awssdk.services.organizations.model.ListChildrenRequest;
import software.amazon.awssdk.services.organizations.model.ListChildrenResponse;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsServiceClientConfiguration;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The organization's accounts from canned Organizations answers: every page, ACTIVE only, one unit and
 * every unit below it, picked ids, and how each account is reached.
 */
class OrganizationAccountsTest {
    private static final String MANAGEMENT = "111111111111";

    /** Organizations answering from pages a test sets up, recording what it was asked. */
    static final class CannedOrganizations implements OrganizationsClient {
        /** NextToken (null for the first page) → the page. */
        final Map<String, ListAccountsResponse> accountPages = new HashMap<>();

        final Map<String, List<software.amazon.awssdk.services.organizations.model.Account>> accountsByParent =
                new HashMap<>();
        final Map<String, List<String>> unitsByParent = new HashMap<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public ListAccountsResponse listAccounts(ListAccountsRequest request) {
            calls.add("ListAccounts " + request.nextToken());
            return accountPages.get(request.nextToken());
        }

        @Override
        public ListAccountsForParentResponse listAccountsForParent(ListAccountsForParentRequest request) {
            calls.add("ListAccountsForParent " + request.parentId());
            List<software.amazon.awssdk.services.organizations.model.Account> all =
                    accountsByParent.getOrDefault(request.parentId(), List.of());
            // One account per page, so the unit's listing is paginated too.
            int from = request.nextToken() == null ? 0 : Integer.parseInt(request.nextToken());
            return ListAccountsForParentResponse.builder()
                    .accounts(all.isEmpty() ? List.of() : List.of(all.get(from)))
                    .nextToken(from + 1 < all.size() ? String.valueOf(from + 1) : null)
                    .build();
        }

        @Override
        public ListChildrenResponse listChildren(ListChildrenRequest request) {
            assertThat(request.childType()).isEqualTo(ChildType.ORGANIZATIONAL_UNIT);
            calls.add("ListChildren " + request.parentId());
            return ListChildrenResponse.builder()
                    .children(unitsByParent.getOrDefault(request.parentId(), List.of()).stream()
                            .map(id -> software.amazon.awssdk.services.organizations.model.Child.builder()
                                    .id(id)
                                    .type(ChildType.ORGANIZATIONAL_UNIT)
                                    .build())
                            .toList())
                    .build();
        }

        @Override
        public OrganizationsServiceClientConfiguration serviceClientConfiguration() {
            return OrganizationsServiceClientConfiguration.builder()
                    .region(Region.US_EAST_1)
                    .build();
        }

        @Override
        public String serviceName() {
            return "organizations";
        }

        @Override
        public void close() {}
    }

    /** STS that says the caller is the management account. */
    static final class CannedCaller implements StsClient {
        @Override
        public GetCallerIdentityResponse getCallerIdentity(GetCallerIdentityRequest request) {
            return GetCallerIdentityResponse.builder()
                    .account(MANAGEMENT)
                    .arn("arn:aws:iam::" + MANAGEMENT + ":user/admin")
                    .build();
        }

        @Override
        public StsServiceClientConfiguration serviceClientConfiguration() {
            return StsServiceClientConfiguration.builder()
                    .region(Region.US_EAST_1)
                    .build();
        }

        @Override
        public String serviceName() {
            return "sts";
        }

        @Override
        public void close() {}
    }

    private final CannedOrganizations organizations = new CannedOrganizations();

    private static software.amazon.awssdk.services.organizations.model.Account account(
            String id, String name, String state) {
        return software.amazon.awssdk.services.organizations.model.Account.builder()
                .id(id)
                .name(name)
                .arn("arn:aws:organizations::" + MANAGEMENT + ":account/o-abcd1234/" + id)
                .state(state)
                .build();
    }

    /** An account as an older service (or emulator) lists it: the deprecated Status, no State. */
    private static software.amazon.awssdk.services.organizations.model.Account withStatusOnly(
            String id, String name, String status) {
        return software.amazon.awssdk.services.organizations.model.Account.builder()
                .id(id)
                .name(name)
                .arn("arn:aws-us-gov:organizations::" + MANAGEMENT + ":account/o-abcd1234/" + id)
                .status(status)
                .build();
    }

    private AccountSet list(OrganizationAccounts spec) {
        RecipeContext context = GivenClients.builder()
                .client(OrganizationsService.ORGANIZATIONS, organizations)
                .client(Aws.STS, new CannedCaller())
                .region(Region.US_EAST_1)
                .build();
        return AccountSet.fromOrganization(context, spec);
    }

    private void twoPages() {
        organizations.accountPages.put(
                null,
                ListAccountsResponse.builder()
                        .accounts(
                                account("333333333333", "prod", "ACTIVE"),
                                account(MANAGEMENT, "management", "ACTIVE"),
                                account("444444444444", "closing", "PENDING_CLOSURE"))
                        .nextToken("page-2")
                        .build());
        organizations.accountPages.put(
                "page-2",
                ListAccountsResponse.builder()
                        .accounts(
                                account("222222222222", "dev", "ACTIVE"),
                                account("555555555555", "suspended", "SUSPENDED"),
                                withStatusOnly("666666666666", "legacy", "ACTIVE"),
                                withStatusOnly("777777777777", "gone", "SUSPENDED"))
                        .build());
    }

    @Test
    void fromOrganization_everyPage_keepsOnlyActiveAccountsOrderedById() {
        twoPages();

        AccountSet accounts = list(OrganizationAccounts.all());

        assertThat(organizations.calls).containsExactly("ListAccounts null", "ListAccounts page-2");
        assertThat(accounts.asList())
                .extracting(Account::name)
                .containsExactly(MANAGEMENT, "222222222222", "333333333333", "666666666666");
        assertThat(accounts.asList())
                .extracting(a -> a.displayName().orElseThrow())
                .containsExactly("management", "dev", "prod", "legacy");
    }

    @Test
    void fromOrganization_membersAssumeTheRoleAndTheCallersOwnAccountUsesTheSessionCredentials() {
        twoPages();

        AccountSet accounts = list(OrganizationAccounts.builder()
                .roleName("ops/AuditRole")
                .externalId("shared-secret-1")
                .build());

        Account own = accounts.find(MANAGEMENT).orElseThrow();
        assertThat(own.source()).isEqualTo(Account.Source.SESSION);
        assertThat(own.roleArn()).isEmpty();
        Account dev = accounts.find("222222222222").orElseThrow();
        assertThat(dev.source()).isEqualTo(Account.Source.ASSUMED_ROLE);
        assertThat(dev.roleArn()).contains("arn:aws:iam::222222222222:role/ops/AuditRole");
        assertThat(dev.externalId()).contains("shared-secret-1");
        assertThat(dev.label()).isEqualTo("222222222222 (dev)");
        // The role is in the account's own partition, as its ARN names it.
        assertThat(accounts.find("666666666666").orElseThrow().roleArn())
                .contains("arn:aws-us-gov:iam::666666666666:role/ops/AuditRole");
        assertThat(dev.toString()).doesNotContain("shared-secret-1");
    }

    @Test
    void fromOrganization_defaultRole_isOrganizationAccountAccessRole() {
        twoPages();

        AccountSet accounts = list(OrganizationAccounts.all());

        assertThat(accounts.find("333333333333").orElseThrow().roleArn())
                .contains("arn:aws:iam::333333333333:role/OrganizationAccountAccessRole");
        assertThat(accounts.find("333333333333").orElseThrow().externalId()).isEmpty();
    }

    @Test
    void fromOrganization_pickedAccounts_keepsThemInTheOrderPicked() {
        twoPages();

        AccountSet accounts = list(OrganizationAccounts.builder()
                .accounts("333333333333", "222222222222")
                .build());

        assertThat(accounts.asList()).extracting(Account::name).containsExactly("333333333333", "222222222222");
    }

    @Test
    void fromOrganization_pickedAccountNotActive_isRefusedNamingIt() {
        twoPages();

        assertThatThrownBy(() -> list(OrganizationAccounts.builder()
                        .accounts("222222222222", "555555555555", "999999999999")
                        .build()))
                .isExactlyInstanceOf(AwsRecipesException.class)
                .hasMessage("no ACTIVE account 555555555555, 999999999999 in the organization");
    }

    @Test
    void fromOrganization_unit_takesItsAccountsAndThoseOfEveryUnitBelowIt() {
        organizations.accountsByParent.put(
                "ou-ab12-aaaaaaaa",
                List.of(account("222222222222", "dev", "ACTIVE"), account("555555555555", "old", "SUSPENDED")));
        organizations.unitsByParent.put("ou-ab12-aaaaaaaa", List.of("ou-ab12-bbbbbbbb", "ou-ab12-cccccccc"));
        organizations.accountsByParent.put("ou-ab12-bbbbbbbb", List.of(account("333333333333", "prod", "ACTIVE")));
        organizations.unitsByParent.put("ou-ab12-bbbbbbbb", List.of("ou-ab12-dddddddd"));
        organizations.accountsByParent.put(
                "ou-ab12-dddddddd",
                List.of(account("444444444444", "deep", "ACTIVE"), account("888888888888", "deeper", "ACTIVE")));
        // A sibling of the unit asked for is not below it.
        organizations.accountsByParent.put("ou-ab12-eeeeeeee", List.of(account("999999999999", "other", "ACTIVE")));

        AccountSet accounts =
                list(OrganizationAccounts.builder().ou("ou-ab12-aaaaaaaa").build());

        assertThat(accounts.asList())
                .extracting(Account::name)
                .containsExactly("222222222222", "333333333333", "444444444444", "888888888888");
        assertThat(organizations.calls)
                .contains(
                        "ListAccountsForParent ou-ab12-dddddddd",
                        "ListChildren ou-ab12-dddddddd",
                        "ListAccountsForParent ou-ab12-cccccccc")
                .doesNotContain("ListAccountsForParent ou-ab12-eeeeeeee")
                .noneMatch(c -> c.startsWith("ListAccounts "));
    }

    @Test
    void fromOrganization_unitWithoutActiveAccounts_isRefusedNamingTheUnit() {
        organizations.accountsByParent.put("ou-ab12-aaaaaaaa", List.of(account("555555555555", "old", "SUSPENDED")));

        assertThatThrownBy(() -> list(
                        OrganizationAccounts.builder().ou("ou-ab12-aaaaaaaa").build()))
                .isExactlyInstanceOf(AwsRecipesException.class)
                .hasMessage("there is no ACTIVE account under ou-ab12-aaaaaaaa");
    }

    @Test
    void organizationAccounts_badValues_areRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> OrganizationAccounts.builder().ou("ou-x").build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("ou \"ou-x\" is not an organizational unit id");
        assertThatThrownBy(() ->
                        OrganizationAccounts.builder().accounts("12345678901").build())
                .hasMessageStartingWith("accountIds \"12345678901\" is not a 12-digit account id");
        assertThatThrownBy(() ->
                        OrganizationAccounts.builder().roleName("no spaces").build())
                .hasMessageStartingWith("roleName \"no spaces\" is not a role name");
        assertThatThrownBy(() -> OrganizationAccounts.builder().externalId("x").build())
                .hasMessageStartingWith("externalId \"x\" is not an external id");
        assertThat(OrganizationAccounts.builder().ou("r-ab12").build().ou()).isEqualTo(Optional.of("r-ab12"));
        assertThat(organizations.calls).isEmpty();
    }
}
