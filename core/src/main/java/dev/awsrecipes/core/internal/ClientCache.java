package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.AwsService;
import dev.awsrecipes.core.ClientContext;
import dev.awsrecipes.core.InternalApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;

/**
 * One client per (service, region, account), built on first use over one shared HTTP client and one
 * override configuration, plus named session-scoped objects; all closed together (the HTTP client only
 * if the session built it).
 */
@InternalApi
public final class ClientCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClientCache.class);

    private record Key(String service, String region, String account) {
        // Written out: a record's generated equals and hashCode link an invokedynamic call site on first use,
        // which on JDK 17 costs a short command (one lookup here per client) measurable start-up time.
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && service.equals(key.service)
                    && region.equals(key.region)
                    && Objects.equals(account, key.account);
        }

        @Override
        public int hashCode() {
            return (service.hashCode() * 31 + region.hashCode()) * 31 + Objects.hashCode(account);
        }
    }

    private final SessionHttpClient httpClient;
    private final ClientOverrideConfiguration overrideConfiguration;
    private final Map<Key, SdkClient> clients = new ConcurrentHashMap<>();
    private final Map<String, AutoCloseable> shared = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public ClientCache(SessionHttpClient httpClient, ClientOverrideConfiguration overrideConfiguration) {
        this.httpClient = httpClient;
        this.overrideConfiguration = overrideConfiguration;
    }

    public ClientOverrideConfiguration overrideConfiguration() {
        return overrideConfiguration;
    }

    public <C extends SdkClient> C get(
            AwsService<C> service, ClientContext context, AwsCredentialsProvider credentials) {
        ensureOpen();
        Key key = new Key(service.id(), context.region().id(), context.account().toString());
        SdkClient client = clients.computeIfAbsent(key, k -> build(service, context, credentials));
        return service.clientType().cast(client);
    }

    private <C extends SdkClient> C build(
            AwsService<C> service, ClientContext context, AwsCredentialsProvider credentials) {
        AwsClientBuilder<?, C> builder = service.builder().apply(context);
        builder.credentialsProvider(credentials);
        builder.region(context.region());
        context.endpoint().ifPresent(builder::endpointOverride);
        builder.overrideConfiguration(overrideConfiguration);
        if (builder instanceof SdkSyncClientBuilder<?, ?> sync) {
            sync.httpClient(httpClient.get());
        }
        LOG.debug(
                "built {} client for {} in {}{}",
                service.id(),
                context.account(),
                context.region(),
                context.endpoint().map(e -> " at " + e).orElse(""));
        return builder.build();
    }

    public <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory) {
        ensureOpen();
        return type.cast(shared.computeIfAbsent(key, k -> factory.get()));
    }

    private void ensureOpen() {
        if (closed) {
            throw new AwsRecipesException("the Aws session is closed");
        }
    }

    @Override
    public void close() {
        closed = true;
        List<AutoCloseable> all = new ArrayList<>(shared.values());
        all.addAll(clients.values());
        shared.clear();
        clients.clear();
        for (AutoCloseable closeable : all) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", closeable, e.toString());
            }
        }
        httpClient.close();
    }
}
