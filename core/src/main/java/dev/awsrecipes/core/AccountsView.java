package dev.awsrecipes.core;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;

/** A context that is another one in everything but its accounts: {@link RecipeContext#withAccounts}. */
record AccountsView(RecipeContext context, AccountSet accounts) implements RecipeContext {

    @Override
    public <C extends SdkClient> C client(AwsService<C> service, Region region, Account account) {
        return context.client(service, region, account);
    }

    @Override
    public Optional<Region> defaultRegion() {
        return context.defaultRegion();
    }

    @Override
    public AwsCredentialsProvider credentials(Account account) {
        return context.credentials(account);
    }

    @Override
    public Optional<URI> endpoint(AwsService<?> service, Account account) {
        return context.endpoint(service, account);
    }

    @Override
    public String accountId() {
        return context.accountId();
    }

    @Override
    public void checkAccount(Account account) {
        context.checkAccount(account);
    }

    @Override
    public Executor executor() {
        return context.executor();
    }

    @Override
    public int maxInFlight() {
        return context.maxInFlight();
    }

    @Override
    public Duration waitTimeout() {
        return context.waitTimeout();
    }

    @Override
    public WaitListener waitListener() {
        return context.waitListener();
    }

    @Override
    public RecipeContext withAccounts(AccountSet accounts) {
        return context.withAccounts(accounts);
    }
}
