package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.AccountSet;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.OrganizationAccounts;
import dev.awsrecipes.core.RecipeContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --organization [--ou ID] [--accounts ID,...] [--role-name NAME] [--external-id ID]}, declared once
 * for find-running and sync-keypairs: the accounts of the organization instead of the session's own.
 */
public final class OrganizationOptions {
    /**
     * Attempts per call at organization scale: thousands of calls meet throttling (STS, EC2), which the
     * SDK retries with backoff; a throttled call must end as a result, not as a failure.
     */
    static final int ORGANIZATION_MAX_ATTEMPTS = 10;

    @Option(
            names = "--organization",
            description = "Every ACTIVE account of the organization (ListAccounts), each reached by assuming"
                    + " --role-name in it; the session's own account with its own credentials.")
    boolean organization;

    @Option(
            names = "--ou",
            paramLabel = "ID",
            description = "With --organization: only the accounts under this organizational unit and its child units.")
    String ou;

    @Option(
            names = "--accounts",
            split = ",",
            paramLabel = "ID,...",
            description = "With --organization: only these account ids.")
    List<String> accounts;

    @Option(
            names = "--role-name",
            paramLabel = "NAME",
            description = "With --organization: the role to assume in each member account (default: "
                    + OrganizationAccounts.DEFAULT_ROLE_NAME + ").")
    String roleName;

    @Option(
            names = "--external-id",
            paramLabel = "ID",
            description = "With --organization: the external id the role's trust policy asks for.")
    String externalId;

    private OrganizationAccounts spec;
    private AccountSet listed;

    /** The library's argument names that these options carry under other names. */
    static final Map<String, String> OPTIONS_FOR_ARGUMENTS = Map.of("ou", "--ou", "accountIds", "--accounts");

    /**
     * Checks the options before any call: the organization options need {@code --organization}, and the
     * library checks each value's form.
     */
    void validate() {
        if (!organization) {
            String stray = ou != null
                    ? "--ou"
                    : accounts != null
                            ? "--accounts"
                            : roleName != null ? "--role-name" : externalId != null ? "--external-id" : null;
            if (stray != null) {
                throw new InvalidArgumentException(null, stray + " needs --organization");
            }
            return;
        }
        OrganizationAccounts.Builder builder =
                OrganizationAccounts.builder().ou(ou).externalId(externalId);
        if (accounts != null) {
            builder.accounts(accounts);
        }
        if (roleName != null) {
            builder.roleName(roleName);
        }
        spec = builder.build();
    }

    /** Whether the organization was asked for. */
    boolean enabled() {
        return organization;
    }

    /** More attempts per call at organization scale; the session as it is otherwise. */
    Aws.Builder configure(Aws.Builder builder) {
        return organization ? builder.maxAttempts(ORGANIZATION_MAX_ATTEMPTS) : builder;
    }

    /** The session with the organization's accounts, listed now; the session itself without --organization. */
    RecipeContext context(Aws aws) {
        if (!organization) {
            return aws;
        }
        listed = AccountSet.fromOrganization(aws, spec);
        return aws.withAccounts(listed);
    }

    /** {@code 111122223333 (dev)} for an organization account; the name as it is otherwise. */
    String label(String account) {
        return find(account).map(Account::label).orElse(account);
    }

    /** The account's name in the organization, if it has one. */
    Optional<String> displayName(String account) {
        return find(account).flatMap(Account::displayName);
    }

    private Optional<Account> find(String account) {
        return listed == null ? Optional.empty() : listed.find(account);
    }
}
