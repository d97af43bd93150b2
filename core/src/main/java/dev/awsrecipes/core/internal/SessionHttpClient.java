package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.InternalApi;
import java.util.Optional;
import software.amazon.awssdk.core.internal.http.loader.DefaultSdkHttpClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * The one synchronous HTTP client that every SDK client of a session shares, so a session has one
 * connection pool whatever the number of services, regions and accounts it reaches. Either the
 * caller's own client, which the session uses and never closes, or one the session builds on first
 * use (from the caller's builder, else the SDK's default implementation on the class path) and closes;
 * only that one reports an untrusted server's certificate with advice ({@link TlsTrustErrors}).
 */
@InternalApi
public final class SessionHttpClient implements AutoCloseable {
    private final Lazy<SdkHttpClient> client;
    private final boolean owned;

    private SessionHttpClient(Lazy<SdkHttpClient> client, boolean owned) {
        this.client = client;
        this.owned = owned;
    }

    /** The caller's client: shared by every SDK client of the session, never closed by it. */
    public static SessionHttpClient given(SdkHttpClient client) {
        return new SessionHttpClient(new Lazy<>(() -> client), false);
    }

    /**
     * A client built once, on first use, from the caller's builder, with the session's settings
     * ({@code defaults}) filling in only what the builder leaves unset, as the SDK does with a builder
     * given to a service client. Without a builder, the SDK's default implementation is built: the one
     * the system property {@code software.amazon.awssdk.http.service.impl} names, else the one of
     * highest priority on the class path (Apache 4, Apache 5, URL connection or CRT). That choice is
     * the SDK's own loader's, so we make no second one that could disagree with it; its class is in an
     * internal package of the SDK, which the version pinned by the SDK's BOM keeps stable.
     */
    public static SessionHttpClient built(
            SdkHttpClient.Builder<?> builder, AttributeMap defaults, Optional<CaBundle> caBundle) {
        SdkHttpClient.Builder<?> chosen = builder != null ? builder : new DefaultSdkHttpClientBuilder();
        return new SessionHttpClient(
                new Lazy<>(() -> new TlsTrustErrors(chosen.buildWithDefaults(defaults), caBundle)), true);
    }

    /** The client, built now if this is its first use. */
    public SdkHttpClient get() {
        return client.get();
    }

    /** Closes the client if the session built it; the caller's own is left open. */
    @Override
    public void close() {
        if (owned) {
            Optional<SdkHttpClient> made = client.ifMade();
            made.ifPresent(SdkHttpClient::close);
        }
    }
}
