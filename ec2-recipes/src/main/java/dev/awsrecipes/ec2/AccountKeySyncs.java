package dev.awsrecipes.ec2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link LaunchRecipes#syncKeypairsInAccounts} did: one {@link KeySyncReport} per account that could
 * be reached, and one failure per account that could not (its role could not be assumed, or it could not
 * list its regions). A failing region of a reached account is in its report, as {@link
 * KeySyncStatus#ERROR}.
 *
 * @param accounts account name → its report, in the order of the accounts
 * @param errors the accounts that could not be synced at all
 */
public record AccountKeySyncs(Map<String, KeySyncReport> accounts, List<RegionFailure> errors) {

    /** Copies both, so the result never changes. */
    public AccountKeySyncs {
        accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
        errors = List.copyOf(errors);
    }

    /**
     * Whether anything failed: an account, or a region of one.
     *
     * @return true when there is an account failure or a region with {@link KeySyncStatus#ERROR}
     */
    public boolean anyFailed() {
        return !errors.isEmpty()
                || accounts.values().stream()
                        .anyMatch(r -> !r.regionsWith(KeySyncStatus.ERROR).isEmpty());
    }
}
