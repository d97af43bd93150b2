package dev.awsrecipes.core;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;

/**
 * What every recipe module's {@code builder()} shares: the caller's executor, bounds and waits, over a
 * {@link GivenClients}. Each module's builder adds setters named for its clients ({@code s3Client},
 * {@code ec2Client}, ...). Nothing given to a builder is ever closed by the library.
 *
 * @param <B> the module's builder, returned by every setter
 * @param <R> what {@code build()} makes
 */
public abstract class RecipesBuilder<B extends RecipesBuilder<B, R>, R> {
    private final GivenClients.Builder clients = GivenClients.builder();
    private final Function<RecipeContext, R> factory;

    /**
     * A builder whose recipes {@code factory} makes over the given clients.
     *
     * @param factory makes the module's recipes over a context
     */
    protected RecipesBuilder(Function<RecipeContext, R> factory) {
        this.factory = Check.notNull(factory, "factory");
    }

    /**
     * Gives a client of the module's; for the module's named setters.
     *
     * @param service the service
     * @param client the caller's client
     * @param <C> the client type
     * @return this builder
     */
    protected final <C extends SdkClient> B client(AwsService<C> service, C client) {
        clients.client(service, client);
        return self();
    }

    /**
     * Gives where clients of another region or account come from; for the module's named setters.
     *
     * @param service the service
     * @param lookup the caller's clients by (region, account)
     * @param <C> the client type
     * @return this builder
     */
    protected final <C extends SdkClient> B clientsPerRegion(
            AwsService<C> service, GivenClients.ClientLookup<C> lookup) {
        clients.clientsPerRegion(service, lookup);
        return self();
    }

    /**
     * Where parallel work runs (virtual threads are welcome); threads that end when idle unless set.
     *
     * @param executor the caller's executor, never shut down by the library
     * @return this builder
     */
    public final B executor(Executor executor) {
        clients.executor(executor);
        return self();
    }

    /**
     * How many calls run at once; 32 unless set.
     *
     * @param maxInFlight from 1 to 10,000
     * @return this builder
     */
    public final B maxInFlight(int maxInFlight) {
        clients.maxInFlight(maxInFlight);
        return self();
    }

    /**
     * The default region; the first given client's region unless set.
     *
     * @param region the region
     * @return this builder
     */
    public final B region(Region region) {
        clients.region(region);
        return self();
    }

    /**
     * How long recipes wait for a resource's state; 10 minutes unless set.
     *
     * @param waitTimeout a positive duration
     * @return this builder
     */
    public final B waitTimeout(Duration waitTimeout) {
        clients.waitTimeout(waitTimeout);
        return self();
    }

    /**
     * Who hears how waits go; nobody unless set.
     *
     * @param waitListener the listener
     * @return this builder
     */
    public final B waitListener(WaitListener waitListener) {
        clients.waitListener(waitListener);
        return self();
    }

    /**
     * Credentials for work signed without a client (presigned URLs); the first client's unless set.
     *
     * @param credentials the caller's provider, never closed by the library
     * @return this builder
     */
    public final B credentials(AwsCredentialsProvider credentials) {
        clients.credentials(credentials);
        return self();
    }

    /**
     * The accounts of multi-account recipes; each needs clients per region.
     *
     * @param accounts the accounts
     * @return this builder
     */
    public final B accounts(AccountSet accounts) {
        clients.accounts(accounts);
        return self();
    }

    /**
     * The recipes over the given clients.
     *
     * @return the recipes; cheap, holding no resources of their own
     * @throws InvalidArgumentException when no client was given
     */
    public final R build() {
        return factory.apply(clients.build());
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
