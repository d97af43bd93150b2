package dev.awsrecipes.testing;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;

/** Sessions for a test server that nothing on the machine running the tests can change. */
final class TestSessions {
    private TestSessions() {}

    /**
     * A session builder for the server and keys, with an empty environment and no profile files, so the
     * machine's AWS variables and profiles cannot change what the test does.
     */
    static Aws.Builder isolated(URI endpoint, Region region, String accessKeyId, String secretKey) {
        return Aws.builder()
                .environment(Environment.of(Map.of()))
                .profileFile(ProfileFile.aggregator().build())
                .endpoint(endpoint)
                .region(region)
                .credentials(accessKeyId, secretKey);
    }

    /**
     * The environment a command-line user with the keys has: the keys, the region, no profile files, and
     * {@code extra} (e.g. the endpoint).
     */
    static Map<String, String> cliEnvironment(
            Region region, String accessKeyId, String secretKey, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "AWS_ACCESS_KEY_ID",
                accessKeyId,
                "AWS_SECRET_ACCESS_KEY",
                secretKey,
                "AWS_REGION",
                region.id(),
                "AWS_CONFIG_FILE",
                "/nonexistent/aws-recipes-test/config",
                "AWS_SHARED_CREDENTIALS_FILE",
                "/nonexistent/aws-recipes-test/credentials"));
        environment.putAll(extra);
        return Map.copyOf(environment);
    }
}
