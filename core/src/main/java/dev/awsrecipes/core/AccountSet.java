package dev.awsrecipes.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named, ordered set of accounts for multi-account recipes (find every running instance, for
 * example). Names are unique; they label the results.
 */
public final class AccountSet implements Iterable<Account> {
    private final Map<String, Account> byName;

    private AccountSet(Map<String, Account> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The accounts, in the order given; two accounts with one name are rejected. */
    public static AccountSet of(Account... accounts) {
        return of(List.of(accounts));
    }

    /** The accounts, in the order given; two accounts with one name are rejected. */
    public static AccountSet of(List<Account> accounts) {
        Check.notEmpty(accounts, "accounts");
        Map<String, Account> byName = new LinkedHashMap<>();
        for (Account account : accounts) {
            Check.notNull(account, "account");
            if (byName.putIfAbsent(account.name(), account) != null) {
                throw new InvalidArgumentException(
                        "accounts", "accounts has two entries named \"" + account.name() + "\"; names must be unique");
            }
        }
        return new AccountSet(byName);
    }

    /** One account per named profile. */
    public static AccountSet ofProfiles(List<String> profileNames) {
        Check.notEmpty(profileNames, "profiles");
        List<Account> accounts = new ArrayList<>();
        profileNames.forEach(name -> accounts.add(Account.profile(name)));
        return of(accounts);
    }

    /**
     * The ACTIVE accounts of the organization the session's credentials can list (its management account
     * or a delegated administrator), as {@code spec} picks them, each named by its 12-digit id with its
     * name in the organization as display name. Member accounts are reached by assuming {@code
     * spec.roleName()} with the session's credentials; the session's own account, with those credentials
     * themselves. Nothing is assumed here: a role that cannot be assumed shows when the account is first
     * used, as that account's failure.
     *
     * @param context the session, which lists the organization (Organizations {@code ListAccounts}, or
     *     {@code ListAccountsForParent} and {@code ListChildren} for a unit) and says who it is (STS {@code
     *     GetCallerIdentity})
     * @param spec which accounts and how to reach them
     * @return the accounts, ordered by id, or those picked in the order picked
     * @throws AwsRecipesException when a picked account is not an ACTIVE account listed, or none is
     */
    public static AccountSet fromOrganization(RecipeContext context, OrganizationAccounts spec) {
        Check.notNull(context, "context");
        Check.notNull(spec, "spec");
        OrganizationsService.requirePresent();
        return new OrganizationListing(context.client(OrganizationsService.ORGANIZATIONS))
                .accounts(spec, context.accountId());
    }

    /**
     * The account of that name.
     *
     * @param name an account name
     * @return the account, or empty when the set has none of that name
     */
    public Optional<Account> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The accounts in the order they were given.
     *
     * @return an immutable list
     */
    public List<Account> asList() {
        return List.copyOf(byName.values());
    }

    /**
     * How many accounts the set holds.
     *
     * @return at least 1
     */
    public int size() {
        return byName.size();
    }

    @Override
    public Iterator<Account> iterator() {
        return byName.values().iterator();
    }

    @Override
    public String toString() {
        return "AccountSet" + byName.values();
    }
}
