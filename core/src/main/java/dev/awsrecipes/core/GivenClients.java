package dev.awsrecipes.core;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.CredentialUtils;
import software.amazon.awssdk.awscore.AwsServiceClientConfiguration;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;

/**
 * A {@link RecipeContext} over SDK clients, an executor and settings that the caller owns and keeps
 * owning: nothing here is ever closed by the library, and no second HTTP connection pool, credential
 * chain or thread pool is made beside the caller's (the default executor's threads end by themselves
 * when idle).
 *
 * <pre>{@code
 * RecipeContext context = GivenClients.builder()
 *         .client(Ec2Recipes.EC2, myEc2Client)
 *         .executor(myExecutor)
 *         .build();
 * }</pre>
 *
 * <p>The default region, credentials and endpoint are read from the first given client's configuration
 * unless set. A recipe that reaches into another region or account (a fan-out across regions, a key kept
 * in sync everywhere) asks {@link Builder#clientsPerRegion} for its client; without one it fails with a message
 * that says so, rather than quietly building a client the caller did not configure.
 */
public final class GivenClients implements RecipeContext {
    private final Map<String, SdkClient> clients;
    private final Map<String, ClientLookup<?>> lookups;
    private final Optional<Region> region;
    private final Executor executor;
    private final int maxInFlight;
    private final Duration waitTimeout;
    private final WaitListener waitListener;
    private final AccountSet accounts;
    private final AwsCredentialsProvider credentials;
    private final Optional<URI> firstEndpoint;
    private volatile String accountId;

    private GivenClients(Builder b) {
        Check.that(
                !b.clients.isEmpty() || !b.lookups.isEmpty(),
                "clients",
                "no client given: give at least one SDK client to the builder");
        this.clients = Map.copyOf(b.clients);
        this.lookups = Map.copyOf(b.lookups);
        Optional<AwsServiceClientConfiguration> first = b.clients.values().stream()
                .map(SdkClient::serviceClientConfiguration)
                .filter(AwsServiceClientConfiguration.class::isInstance)
                .map(AwsServiceClientConfiguration.class::cast)
                .findFirst();
        this.region = Optional.ofNullable(b.region).or(() -> first.map(AwsServiceClientConfiguration::region));
        this.credentials = b.credentials != null
                ? b.credentials
                : first.map(c -> CredentialUtils.toCredentialsProvider(c.credentialsProvider()))
                        .orElse(null);
        this.firstEndpoint = b.clients.values().stream()
                .map(c -> c.serviceClientConfiguration().endpointOverride())
                .flatMap(Optional::stream)
                .findFirst();
        this.executor = b.executor != null ? b.executor : idleEndingThreads();
        this.maxInFlight = b.maxInFlight;
        this.waitTimeout = b.waitTimeout;
        this.waitListener = b.waitListener;
        this.accounts = b.accounts;
    }

    /**
     * A builder; give at least one client.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public <C extends SdkClient> C client(AwsService<C> service, Region region, Account account) {
        Check.notNull(service, "service");
        Check.notNull(region, "region");
        Check.notNull(account, "account");
        ClientLookup<?> lookup = lookups.get(service.id());
        if (lookup != null) {
            SdkClient found = lookup.client(region, account);
            if (found == null) {
                throw new InvalidArgumentException(
                        "clientsPerRegion",
                        "the " + service.id() + " client lookup gave no client for " + region.id() + " in " + account);
            }
            return service.clientType().cast(found);
        }
        SdkClient given = clients.get(service.id());
        if (given == null) {
            throw new InvalidArgumentException(
                    "clients", "no " + service.id() + " client given: give one to the builder");
        }
        Optional<Region> own = regionOf(given);
        if (!account.equals(Account.SESSION)
                || own.filter(r -> !r.equals(region)).isPresent()) {
            throw new InvalidArgumentException(
                    "clientsPerRegion",
                    "the given " + service.id() + " client works in "
                            + own.map(Region::id).orElse("one region")
                            + " for its own account; to reach " + region.id() + " in " + account
                            + ", give clientsPerRegion(...) for " + service.id());
        }
        return service.clientType().cast(given);
    }

    @Override
    public Optional<Region> defaultRegion() {
        return region;
    }

    @Override
    public AwsCredentialsProvider credentials(Account account) {
        Check.notNull(account, "account");
        if (credentials == null || !account.equals(Account.SESSION)) {
            throw new InvalidArgumentException(
                    "credentials",
                    "no credentials for " + account + ": give them with credentials(...) on the builder");
        }
        return credentials;
    }

    @Override
    public Optional<URI> endpoint(AwsService<?> service, Account account) {
        SdkClient given = clients.get(service.id());
        return given == null
                ? Optional.empty()
                : given.serviceClientConfiguration().endpointOverride();
    }

    /**
     * Asks the given STS client; without one, a short-lived STS client made from the first given client's
     * region, credentials and endpoint (it uses the SDK's default HTTP client and is closed at once). The
     * answer is kept: credentials do not change account.
     */
    @Override
    public String accountId() {
        String known = accountId;
        if (known == null) {
            SdkClient sts = clients.get(Aws.STS.id());
            if (sts != null) {
                known = ((StsClient) sts).getCallerIdentity().account();
            } else {
                StsClientBuilder builder = StsClient.builder()
                        .region(region.orElse(Region.US_EAST_1))
                        .credentialsProvider(credentials(Account.SESSION)::resolveCredentials);
                endpoint(Aws.STS, Account.SESSION).ifPresent(builder::endpointOverride);
                try (StsClient temporary = builder.build()) {
                    known = temporary.getCallerIdentity().account();
                }
            }
            accountId = known;
        }
        return known;
    }

    @Override
    public AccountSet accounts() {
        return accounts;
    }

    @Override
    public Executor executor() {
        return executor;
    }

    @Override
    public int maxInFlight() {
        return maxInFlight;
    }

    @Override
    public Duration waitTimeout() {
        return waitTimeout;
    }

    @Override
    public WaitListener waitListener() {
        return waitListener;
    }

    @Override
    public String toString() {
        return "GivenClients" + clients.keySet()
                + region.map(r -> " in " + r.id()).orElse("");
    }

    private static Optional<Region> regionOf(SdkClient client) {
        return client.serviceClientConfiguration() instanceof AwsServiceClientConfiguration aws
                ? Optional.ofNullable(aws.region())
                : Optional.empty();
    }

    /**
     * Threads made on demand that end after 30 idle seconds, so a context without an executor of the
     * caller's needs no closing; {@link ParallelCalls} bounds how many run at once.
     */
    private static Executor idleEndingThreads() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread thread = new Thread(r, "aws-recipes-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Finds the caller's client for a region and account; the caller owns (caches, closes) what it returns.
     *
     * @param <C> the client type
     */
    @FunctionalInterface
    public interface ClientLookup<C extends SdkClient> {
        /**
         * The client for the pair.
         *
         * @param region the region
         * @param account the account ({@link Account#SESSION} for the caller's own)
         * @return the client, never null
         */
        C client(Region region, Account account);
    }

    /** Settings of a {@link GivenClients}; give at least one client. */
    public static final class Builder {
        private final Map<String, SdkClient> clients = new LinkedHashMap<>();
        private final Map<String, ClientLookup<?>> lookups = new LinkedHashMap<>();
        private Region region;
        private Executor executor;
        private int maxInFlight = ParallelCalls.DEFAULT_MAX_IN_FLIGHT;
        private Duration waitTimeout = Duration.ofMinutes(10);
        private WaitListener waitListener = WaitListener.none();
        private AccountSet accounts = AccountSet.of(Account.SESSION);
        private AwsCredentialsProvider credentials;

        private Builder() {}

        /**
         * The caller's client for the service, used in its own region for its own account.
         *
         * @param service the service, e.g. a module's {@code S3} or {@code EC2} constant
         * @param client the client; never closed by the library
         * @param <C> the client type
         * @return this builder
         */
        public <C extends SdkClient> Builder client(AwsService<C> service, C client) {
            Check.notNull(service, "service");
            clients.put(service.id(), Check.notNull(client, "client"));
            return this;
        }

        /**
         * Where recipes that reach other regions or accounts get the service's client; wins over {@link
         * #client}.
         *
         * @param service the service
         * @param lookup gives the caller's client for a (region, account) pair; the caller owns them
         * @param <C> the client type
         * @return this builder
         */
        public <C extends SdkClient> Builder clientsPerRegion(AwsService<C> service, ClientLookup<C> lookup) {
            Check.notNull(service, "service");
            lookups.put(service.id(), Check.notNull(lookup, "lookup"));
            return this;
        }

        /** The default region; the first given client's region unless set. */
        public Builder region(Region region) {
            this.region = Check.notNull(region, "region");
            return this;
        }

        /** Where parallel work runs (virtual threads are welcome); never shut down by the library. */
        public Builder executor(Executor executor) {
            this.executor = Check.notNull(executor, "executor");
            return this;
        }

        /** How many calls run at once; 32 unless set. */
        public Builder maxInFlight(int maxInFlight) {
            this.maxInFlight = (int) Check.inRange(maxInFlight, 1, 10_000, "maxInFlight");
            return this;
        }

        /** How long recipes wait for a resource's state; 10 minutes unless set. */
        public Builder waitTimeout(Duration waitTimeout) {
            this.waitTimeout = Check.positive(waitTimeout, "waitTimeout");
            return this;
        }

        /** Who hears how waits go; nobody unless set. */
        public Builder waitListener(WaitListener waitListener) {
            this.waitListener = Check.notNull(waitListener, "waitListener");
            return this;
        }

        /** The accounts of multi-account recipes; each needs {@link #clientsPerRegion}. */
        public Builder accounts(AccountSet accounts) {
            this.accounts = Check.notNull(accounts, "accounts");
            return this;
        }

        /** Credentials for signing without a client (presigned URLs); the first client's unless set. */
        public Builder credentials(AwsCredentialsProvider credentials) {
            this.credentials = Check.notNull(credentials, "credentials");
            return this;
        }

        /**
         * The context.
         *
         * @return a context over the given clients
         * @throws InvalidArgumentException when no client was given
         */
        public GivenClients build() {
            return new GivenClients(this);
        }
    }
}
