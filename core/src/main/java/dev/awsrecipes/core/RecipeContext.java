package dev.awsrecipes.core;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;

/**
 * What a recipe runs on: SDK clients, the default region, an executor for parallel work and how long to
 * wait for resources. Two implementations, both first-class:
 *
 * <ul>
 *   <li>{@link Aws}, the session that builds, caches and closes its own clients (the command line, the
 *       examples, quick scripts);
 *   <li>{@link GivenClients}, the clients, executor and settings a caller already owns (a Spring Boot or
 *       other JVM service): nothing given is ever closed by the library.
 * </ul>
 *
 * <p>Each recipe module's facade has a {@code builder()} that takes the module's clients and makes a
 * {@code GivenClients} behind the scenes; call sites never need this type unless they write a module.
 * Implementations are thread-safe.
 */
public interface RecipeContext {

    /**
     * The account's client for the service in the region.
     *
     * @param service the service
     * @param region the region
     * @param account the account
     * @param <C> the client type
     * @return the client; the context owns it, callers never close it
     * @throws InvalidArgumentException when the context has no client for that region or account
     */
    <C extends SdkClient> C client(AwsService<C> service, Region region, Account account);

    /** The session account's client for the service in the default region. */
    default <C extends SdkClient> C client(AwsService<C> service) {
        return client(service, region(), Account.SESSION);
    }

    /** The session account's client for the service in the region. */
    default <C extends SdkClient> C client(AwsService<C> service, Region region) {
        return client(service, region, Account.SESSION);
    }

    /**
     * The default region, when one is known.
     *
     * @return the region, or empty
     */
    Optional<Region> defaultRegion();

    /**
     * The default region; fails with a clear message when none is known.
     *
     * @return the region
     * @throws InvalidArgumentException when no region is configured
     */
    default Region region() {
        return defaultRegion()
                .orElseThrow(() -> new InvalidArgumentException(
                        "region",
                        "region is not set: give one with region(...), --region, AWS_REGION or region in the profile"));
    }

    /**
     * The account's credentials, for work that signs without a client (presigned URLs and forms).
     *
     * @param account the account
     * @return its credentials provider
     */
    AwsCredentialsProvider credentials(Account account);

    /** The session account's credentials. */
    default AwsCredentialsProvider credentials() {
        return credentials(Account.SESSION);
    }

    /**
     * Where the account's requests to the service go, when not to AWS itself.
     *
     * @param service the service
     * @param account the account
     * @return the endpoint override, or empty
     */
    Optional<URI> endpoint(AwsService<?> service, Account account);

    /**
     * The id of the account the session's credentials belong to, as STS's {@code GetCallerIdentity}
     * reports it (a call that needs no permission).
     *
     * @return the 12-digit account id
     */
    String accountId();

    /**
     * Fails, before any call of a fan-out, when the account cannot be reached at all (an unknown profile,
     * say). By default its credentials are set up; a context whose clients come from the caller overrides
     * this, since the caller's clients carry their own credentials.
     *
     * @param account the account
     * @throws InvalidArgumentException when the account cannot be reached
     */
    default void checkAccount(Account account) {
        credentials(account);
    }

    /** The accounts multi-account recipes work on; the session's own account unless set. */
    AccountSet accounts();

    /**
     * This context with other accounts for multi-account recipes, everything else (clients, credentials,
     * executor, settings) shared: for accounts known only once the session runs, such as an
     * organization's ({@link AccountSet#fromOrganization}). Closing stays with this context's owner.
     *
     * @param accounts the accounts
     * @return a view of this context
     */
    default RecipeContext withAccounts(AccountSet accounts) {
        return new AccountsView(this, Check.notNull(accounts, "accounts"));
    }

    /** Where parallel work runs; {@link ParallelCalls} bounds how much of it is in flight. */
    Executor executor();

    /** How many calls a recipe runs at once (regions, accounts, keys). */
    int maxInFlight();

    /** How long a recipe waits for a resource to reach a state, unless the call says otherwise. */
    Duration waitTimeout();

    /** Who hears how waits for resources go. */
    WaitListener waitListener();

    /**
     * Runs the call once for every (account, region) pair, at most {@link #maxInFlight()} at a time on
     * {@link #executor()}, and returns one outcome per pair — its value or its error — in the order given.
     * One failing pair never hides the others. Accounts whose credentials cannot be set up (an unknown
     * profile) are rejected before any call.
     *
     * @param accounts the accounts
     * @param regions the regions
     * @param call what to run for each pair
     * @param <T> the call's result type
     * @return every pair's outcome
     */
    default <T> FanOutResult<T> fanOut(Collection<Account> accounts, Collection<Region> regions, RegionalCall<T> call) {
        Check.notEmpty(accounts, "accounts");
        Check.notEmpty(regions, "regions");
        Check.notNull(call, "call");
        accounts.forEach(this::checkAccount);
        List<Account> pairAccounts = new ArrayList<>();
        List<Region> pairRegions = new ArrayList<>();
        List<Callable<T>> calls = new ArrayList<>();
        for (Account account : accounts) {
            for (Region region : regions) {
                pairAccounts.add(account);
                pairRegions.add(region);
                calls.add(() -> call.call(account, region));
            }
        }
        List<ParallelCalls.Outcome<T>> outcomes = ParallelCalls.eachOutcome(executor(), maxInFlight(), calls);
        List<RegionalOutcome<T>> result = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            ParallelCalls.Outcome<T> outcome = outcomes.get(i);
            result.add(
                    outcome.isSuccess()
                            ? RegionalOutcome.success(pairAccounts.get(i), pairRegions.get(i), outcome.value())
                            : RegionalOutcome.failure(pairAccounts.get(i), pairRegions.get(i), outcome.error()));
        }
        return new FanOutResult<>(result);
    }

    /** {@link #fanOut(Collection, Collection, RegionalCall)} for the session's own account. */
    default <T> FanOutResult<T> fanOut(Collection<Region> regions, RegionalCall<T> call) {
        return fanOut(List.of(Account.SESSION), regions, call);
    }
}
