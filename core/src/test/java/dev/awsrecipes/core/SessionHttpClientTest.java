package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * The HTTP client is the caller's choice: their client (used, never closed), their builder (built once,
 * shared, closed), or the SDK's default on the class path; never a forced Apache client.
 */
class SessionHttpClientTest {
    private CannedSts sts;

    @BeforeEach
    void startSts() throws IOException {
        sts = CannedSts.http();
    }

    @AfterEach
    void stopSts() {
        sts.close();
    }

    private Aws.Builder session() {
        return Aws.builder()
                .environment(Environment.of(Map.of("AWS_EC2_METADATA_DISABLED", "true")))
                .credentials("AKIDEXAMPLE", "secret")
                .region("us-east-1")
                .endpoint(sts.endpoint());
    }

    @Test
    void theCallersUrlConnectionClient_carriesTheCalls_andStaysOpen() {
        Counting client = new Counting(UrlConnectionHttpClient.create());
        try (Aws aws = session().httpClient(client).build()) {
            CallerIdentity who = aws.whoami();

            assertThat(who.account()).isEqualTo(CannedSts.ACCOUNT);
            assertThat(who.arn()).isEqualTo(CannedSts.ARN);
            assertThat(who.credentialsSource()).isEqualTo("credentials given to the session");
        }
        assertThat(client.requests.get()).isEqualTo(1).isEqualTo(sts.requests());
        assertThat(client.closes.get()).as("closed by Aws.close()").isZero();
        client.delegate.close();
    }

    @Test
    void theCallersBuilder_isBuiltOnceWithTheSessionsSettings_sharedAndClosed() {
        Recording builder = new Recording();
        try (Aws aws = session()
                .httpClientBuilder(builder)
                .connectTimeout(Duration.ofSeconds(3))
                .socketTimeout(Duration.ofSeconds(7))
                .maxConnections(9)
                .build()) {
            assertThat(builder.built).as("nothing built before a call needs it").isEmpty();

            aws.whoami();
            aws.client(Aws.STS, Region.EU_WEST_1).getCallerIdentity();

            assertThat(builder.built).hasSize(1);
            assertThat(builder.built.get(0).requests.get()).isEqualTo(2);
            AttributeMap defaults = builder.defaults;
            assertThat(defaults.get(SdkHttpConfigurationOption.CONNECTION_TIMEOUT))
                    .isEqualTo(Duration.ofSeconds(3));
            assertThat(defaults.get(SdkHttpConfigurationOption.READ_TIMEOUT)).isEqualTo(Duration.ofSeconds(7));
            assertThat(defaults.get(SdkHttpConfigurationOption.MAX_CONNECTIONS)).isEqualTo(9);
        }
        assertThat(builder.built.get(0).closes.get()).isEqualTo(1);
    }

    @Test
    void withoutEither_theSdksDefaultClientOnTheClassPathIsUsed() {
        try (Aws aws = session().build()) {
            assertThat(aws.whoami().account()).isEqualTo(CannedSts.ACCOUNT);
        }
        assertThat(sts.requests()).isEqualTo(1);
    }

    @Test
    void aClientAndABuilderTogether_areRefused() {
        try (SdkHttpClient client = UrlConnectionHttpClient.create()) {
            assertThatThrownBy(() -> session()
                            .httpClient(client)
                            .httpClientBuilder(UrlConnectionHttpClient.builder())
                            .build())
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("httpClientBuilder");
        }
    }

    /** A client that counts requests and closes, around a real one. */
    static final class Counting implements SdkHttpClient {
        final SdkHttpClient delegate;
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();

        Counting(SdkHttpClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            requests.incrementAndGet();
            return delegate.prepareRequest(request);
        }

        @Override
        public String clientName() {
            return delegate.clientName();
        }

        @Override
        public void close() {
            closes.incrementAndGet();
            delegate.close();
        }
    }

    /** A builder of URL-connection clients that keeps what it was given and what it built. */
    static final class Recording implements SdkHttpClient.Builder<Recording> {
        final List<Counting> built = new ArrayList<>();
        AttributeMap defaults;

        @Override
        public synchronized SdkHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
            defaults = serviceDefaults;
            Counting client = new Counting(UrlConnectionHttpClient.builder().buildWithDefaults(serviceDefaults));
            built.add(client);
            return client;
        }
    }
}
