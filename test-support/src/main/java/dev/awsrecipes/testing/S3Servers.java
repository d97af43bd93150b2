package dev.awsrecipes.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import software.amazon.awssdk.regions.Region;

/**
 * Finds the S3 servers of this JVM, once each: LocalStack through {@link LocalStackProvider}, versitygw
 * at {@code VERSITYGW_ENDPOINT} with {@code VERSITYGW_ACCESS_KEY} and {@code VERSITYGW_SECRET_KEY}
 * (what {@code scripts/versitygw env} prints). A server that is missing or does not answer fails the
 * tests that need it with a message saying how to start it.
 */
public final class S3Servers {
    /** The keys {@code scripts/versitygw} starts the server with, used when only the endpoint is set. */
    static final String VERSITYGW_DEFAULT_ACCESS_KEY = "aws-recipes";

    static final String VERSITYGW_DEFAULT_SECRET_KEY = "aws-recipes-secret";

    private static final FoundOnce<S3ServerKind, S3Server> SERVERS =
            new FoundOnce<>(S3ServerKind.class, S3Servers::locate);

    private S3Servers() {}

    /** The server of this kind, or an {@link IllegalStateException} saying why there is none. */
    public static S3Server get(S3ServerKind kind) {
        return SERVERS.get(kind);
    }

    private static S3Server locate(S3ServerKind kind) {
        return switch (kind) {
            case LOCALSTACK -> {
                LocalStack localStack = LocalStackProvider.get();
                yield new S3Server(
                        kind,
                        localStack.endpoint(),
                        localStack.region(),
                        LocalStack.DEFAULT_ACCESS_KEY,
                        LocalStack.SECRET_KEY);
            }
            case VERSITYGW -> {
                String endpoint = System.getenv("VERSITYGW_ENDPOINT");
                if (endpoint == null || endpoint.isBlank()) {
                    throw new IllegalStateException("No versitygw for the S3 integration tests: set VERSITYGW_ENDPOINT"
                            + " (and VERSITYGW_ACCESS_KEY, VERSITYGW_SECRET_KEY) to a running versitygw, e.g. run"
                            + " `scripts/versitygw start` and then `eval \"$(scripts/versitygw env)\"`, or use"
                            + " `scripts/test`, which does both.");
                }
                URI uri = URI.create(endpoint.trim());
                requireAnswering("versitygw", uri, "start it with `scripts/versitygw start`");
                yield new S3Server(
                        kind,
                        uri,
                        Region.US_EAST_1,
                        orDefault("VERSITYGW_ACCESS_KEY", VERSITYGW_DEFAULT_ACCESS_KEY),
                        orDefault("VERSITYGW_SECRET_KEY", VERSITYGW_DEFAULT_SECRET_KEY));
            }
        };
    }

    /**
     * Fails unless a server answers at the endpoint: an unsigned {@code GET /} gets an HTTP answer
     * below 500 from any S3 implementation (AWS and most servers refuse it with 403 and an S3 error
     * document; LocalStack lists its buckets) and from moto. Nothing server-specific is asked for.
     */
    static void requireAnswering(String name, URI endpoint, String howToStart) {
        URI root = endpoint.resolve("/");
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build()
                    .send(
                            HttpRequest.newBuilder(root)
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                throw new IllegalStateException(name + " at " + endpoint + " answered " + response.statusCode()
                        + " on GET " + root + "; restart it (" + howToStart + ")");
            }
        } catch (IOException e) {
            throw new IllegalStateException(
                    name + " is not reachable at " + endpoint + " (" + e + "); " + howToStart, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + name + " at " + endpoint, e);
        }
    }

    private static String orDefault(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
