package dev.awsrecipes.testing;

import dev.awsrecipes.core.Aws;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.regions.Region;

/**
 * One real S3 server a test runs against, as plain values, plus sessions configured for it. Declare a
 * parameter of this type in an {@link S3ServerTest}.
 *
 * @param kind which server it is
 * @param endpoint where it listens, e.g. {@code http://127.0.0.1:7070}
 * @param region the region tests use
 * @param accessKeyId the access key of the account tests use
 * @param secretKey its secret key
 */
public record S3Server(S3ServerKind kind, URI endpoint, Region region, String accessKeyId, String secretKey) {

    /** The server's name as test names show it, e.g. {@code versitygw}. */
    public String name() {
        return kind.label();
    }

    /** Whether this is the given server. */
    public boolean is(S3ServerKind other) {
        return kind == other;
    }

    /**
     * A session builder for the server's test account, with an empty environment so the machine's AWS
     * variables and profiles cannot change what the test does.
     */
    public Aws.Builder sessionBuilder() {
        return TestSessions.isolated(endpoint, region, accessKeyId, secretKey);
    }

    /** A session for the server's test account; close it when done. */
    public Aws session() {
        return sessionBuilder().build();
    }

    /**
     * The environment a command-line user of this server has: its keys, the region, and no profile
     * files.
     */
    public Map<String, String> cliEnvironment() {
        return TestSessions.cliEnvironment(region, accessKeyId, secretKey, Map.of());
    }

    @Override
    public String toString() {
        return name() + "[" + endpoint + ", " + region + "]";
    }
}
