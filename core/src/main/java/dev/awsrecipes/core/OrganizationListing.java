package dev.awsrecipes.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.ChildType;

/**
 * Lists an organization's accounts the way {@link OrganizationAccounts} asks: every page of {@code
 * ListAccounts}, or, for one unit, {@code ListAccountsForParent} on it and on every unit below it ({@code
 * ListChildren}); then only ACTIVE accounts, the picked ones, each with how to reach it.
 */
final class OrganizationListing {
    private final OrganizationsClient organizations;

    OrganizationListing(OrganizationsClient organizations) {
        this.organizations = organizations;
    }

    /**
     * @param callerAccountId the account of the session's own credentials, reached with them
     */
    AccountSet accounts(OrganizationAccounts spec, String callerAccountId) {
        List<software.amazon.awssdk.services.organizations.model.Account> listed =
                spec.ou().map(this::underUnit).orElseGet(this::all);
        Map<String, software.amazon.awssdk.services.organizations.model.Account> active = new LinkedHashMap<>();
        listed.stream()
                .filter(OrganizationListing::isActive)
                .sorted(Comparator.comparing(software.amazon.awssdk.services.organizations.model.Account::id))
                .forEach(a -> active.putIfAbsent(a.id(), a));
        String where = spec.ou().map(ou -> " under " + ou).orElse(" in the organization");
        List<String> wanted = spec.accountIds().isEmpty() ? List.copyOf(active.keySet()) : spec.accountIds();
        List<String> missing =
                wanted.stream().filter(id -> !active.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            // Found only once listed, so not bad input in the CLI's sense (exit 2 means nothing was sent).
            throw new AwsRecipesException("no ACTIVE account " + String.join(", ", missing) + where);
        }
        if (wanted.isEmpty()) {
            throw new AwsRecipesException("there is no ACTIVE account" + where);
        }
        List<Account> accounts = new ArrayList<>();
        for (String id : wanted) {
            accounts.add(toAccount(active.get(id), spec, callerAccountId));
        }
        return AccountSet.of(accounts);
    }

    private List<software.amazon.awssdk.services.organizations.model.Account> all() {
        List<software.amazon.awssdk.services.organizations.model.Account> accounts = new ArrayList<>();
        organizations.listAccountsPaginator(r -> {}).forEach(page -> accounts.addAll(page.accounts()));
        return accounts;
    }

    /** The unit's accounts and those of every unit below it, breadth first. */
    private List<software.amazon.awssdk.services.organizations.model.Account> underUnit(String unit) {
        List<software.amazon.awssdk.services.organizations.model.Account> accounts = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>(List.of(unit));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String parent = pending.removeFirst();
            if (!seen.add(parent)) {
                continue;
            }
            organizations
                    .listAccountsForParentPaginator(r -> r.parentId(parent))
                    .forEach(page -> accounts.addAll(page.accounts()));
            organizations
                    .listChildrenPaginator(r -> r.parentId(parent).childType(ChildType.ORGANIZATIONAL_UNIT))
                    .forEach(page -> page.children().forEach(child -> pending.addLast(child.id())));
        }
        return accounts;
    }

    /** {@code State} where the service gives it; the older {@code Status} otherwise (it is deprecated). */
    static boolean isActive(software.amazon.awssdk.services.organizations.model.Account account) {
        String state = account.stateAsString() != null ? account.stateAsString() : account.statusAsString();
        return "ACTIVE".equals(state);
    }

    private static Account toAccount(
            software.amazon.awssdk.services.organizations.model.Account listed,
            OrganizationAccounts spec,
            String callerAccountId) {
        String name = listed.name() == null || listed.name().isBlank() ? null : listed.name();
        if (listed.id().equals(callerAccountId)) {
            return Account.own(listed.id(), name);
        }
        String roleArn = "arn:" + partition(listed.arn()) + ":iam::" + listed.id() + ":role/" + spec.roleName();
        return Account.member(listed.id(), name, roleArn, spec.externalId().orElse(null));
    }

    /** The partition of the account's ARN ({@code aws}, {@code aws-cn}, {@code aws-us-gov}); aws without one. */
    private static String partition(String arn) {
        if (arn != null && arn.startsWith("arn:")) {
            String[] parts = arn.split(":", 3);
            if (parts.length == 3 && !parts[1].isBlank()) {
                return parts[1];
            }
        }
        return "aws";
    }
}
