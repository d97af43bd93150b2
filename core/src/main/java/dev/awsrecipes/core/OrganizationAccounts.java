package dev.awsrecipes.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which accounts of an AWS Organization to work on, and how to reach them: the organization's ACTIVE
 * accounts (all of them, those under one organizational unit and its child units, or the ones picked by
 * id), each reached by assuming a role of one name in it. The account the session's own credentials belong
 * to (the management account, or a delegated administrator) is reached with those credentials instead:
 * AWS creates {@code OrganizationAccountAccessRole} in member accounts only.
 *
 * <pre>{@code
 * AccountSet accounts = AccountSet.fromOrganization(aws, OrganizationAccounts.builder()
 *         .ou("ou-ab12-cdef3456")
 *         .roleName("OrganizationAccountAccessRole")
 *         .build());
 * RunningInstances running = Ec2Recipes.using(aws.withAccounts(accounts)).findAllRunning();
 * }</pre>
 *
 * @param ou an organizational unit (or the root, {@code r-...}) whose accounts, and those of every unit
 *     below it, are taken; empty for the whole organization
 * @param accountIds the 12-digit ids to pick among the listed accounts; empty for all of them
 * @param roleName the role assumed in each member account
 * @param externalId the external id the role's trust policy asks for; empty when it asks for none
 */
public record OrganizationAccounts(
        Optional<String> ou, List<String> accountIds, String roleName, Optional<String> externalId) {

    /** The role AWS creates in every account made from the organization's management account. */
    public static final String DEFAULT_ROLE_NAME = "OrganizationAccountAccessRole";

    private static final Pattern OU = Pattern.compile("ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}|r-[0-9a-z]{4,32}");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    // IAM: a name of up to 64 characters of letters, digits and +=,.@_- after an optional path.
    private static final Pattern ROLE_NAME = Pattern.compile("([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}");

    /** Checks every value's form, so a typo fails before any call. */
    public OrganizationAccounts {
        Check.notNull(ou, "ou");
        ou.ifPresent(id -> Check.matches(
                id, OU, "ou", "is not an organizational unit id like ou-ab12-cdef3456 (or a root id like r-ab12)"));
        Check.notNull(accountIds, "accountIds");
        for (String id : accountIds) {
            Check.matches(id, ACCOUNT_ID, "accountIds", "is not a 12-digit account id");
        }
        accountIds = List.copyOf(new LinkedHashSet<>(accountIds));
        Check.matches(roleName, ROLE_NAME, "roleName", "is not a role name like " + DEFAULT_ROLE_NAME);
        Check.notNull(externalId, "externalId");
        externalId.ifPresent(Account::checkExternalId);
    }

    /** Every ACTIVE account of the organization, through {@value #DEFAULT_ROLE_NAME}. */
    public static OrganizationAccounts all() {
        return builder().build();
    }

    /** A builder: the whole organization through {@value #DEFAULT_ROLE_NAME} unless told otherwise. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link OrganizationAccounts}. */
    public static final class Builder implements SpecBuilder<Builder, OrganizationAccounts> {
        private String ou;
        private final List<String> accountIds = new ArrayList<>();
        private String roleName = DEFAULT_ROLE_NAME;
        private String externalId;

        private Builder() {}

        /** Only the accounts under this organizational unit (or root) and its child units. */
        public Builder ou(String ou) {
            this.ou = ou;
            return this;
        }

        /** Only these accounts, which must be among those listed. */
        public Builder accounts(List<String> accountIds) {
            Check.notNull(accountIds, "accountIds");
            this.accountIds.clear();
            this.accountIds.addAll(accountIds);
            return this;
        }

        /** Only these accounts, which must be among those listed. */
        public Builder accounts(String... accountIds) {
            return accounts(List.of(accountIds));
        }

        /** The role to assume in each member account. */
        public Builder roleName(String roleName) {
            this.roleName = roleName;
            return this;
        }

        /** The external id the role asks for. */
        public Builder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        @Override
        public OrganizationAccounts build() {
            return new OrganizationAccounts(
                    Optional.ofNullable(ou), accountIds, roleName, Optional.ofNullable(externalId));
        }
    }
}
