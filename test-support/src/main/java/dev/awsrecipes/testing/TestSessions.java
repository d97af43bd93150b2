package dev.awsrecipes.testing;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import java.net.URI;
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
}
