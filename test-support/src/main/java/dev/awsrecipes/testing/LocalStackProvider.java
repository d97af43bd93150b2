package dev.awsrecipes.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.regions.Region;

/** Finds or starts the one LocalStack of this JVM. */
final class LocalStackProvider {
    /**
     * The pinned image: the last open-source release. {@code latest} needs an auth token since March
     * 2026 and must not be used.
     */
    static final String IMAGE = "localstack/localstack:4.14.0";

    static final Region REGION = Region.US_EAST_1;

    private static LocalStack instance;
    private static IllegalStateException failure;

    private LocalStackProvider() {}

    static synchronized LocalStack get() {
        if (instance == null && failure == null) {
            try {
                instance = locate();
            } catch (IllegalStateException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return instance;
    }

    private static LocalStack locate() {
        String configured = firstSet("LOCALSTACK_ENDPOINT", "AWS_ENDPOINT_URL");
        if (configured != null) {
            URI endpoint = URI.create(configured);
            requireHealthy(endpoint);
            return new LocalStack(endpoint, REGION);
        }
        if (dockerAvailable()) {
            return startContainer();
        }
        throw new IllegalStateException(
                "No LocalStack for the integration tests: set LOCALSTACK_ENDPOINT (or AWS_ENDPOINT_URL) to a running"
                        + " LocalStack, e.g. run `scripts/localstack start` and then"
                        + " LOCALSTACK_ENDPOINT=http://127.0.0.1:4566, or use `scripts/test`, which does both;"
                        + " or start a Docker engine so Testcontainers can run " + IMAGE + ".");
    }

    @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' reaper removes it
    private static LocalStack startContainer() {
        LocalStackContainer container =
                new LocalStackContainer(DockerImageName.parse(IMAGE)).withEnv("S3_SKIP_SIGNATURE_VALIDATION", "0");
        container.start();
        return new LocalStack(container.getEndpoint(), Region.of(container.getRegion()));
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void requireHealthy(URI endpoint) {
        URI health = endpoint.resolve("/_localstack/health");
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(health)
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("LocalStack at " + endpoint + " answered " + response.statusCode()
                        + " on " + health + "; restart it with `scripts/localstack stop && scripts/localstack start`");
            }
        } catch (IOException e) {
            throw new IllegalStateException(
                    "LocalStack is not reachable at " + endpoint + " (" + e
                            + "); start it with `scripts/localstack start`",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking LocalStack at " + endpoint, e);
        }
    }

    private static String firstSet(String... names) {
        for (String name : names) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
