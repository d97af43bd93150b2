package dev.awsrecipes.testing;

import java.net.URI;
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
            S3Servers.requireAnswering("LocalStack", endpoint, "start it with `scripts/localstack start`");
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
