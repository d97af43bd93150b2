package dev.awsrecipes.testing;

import dev.awsrecipes.core.Aws;
import java.net.URI;
import java.util.UUID;
import software.amazon.awssdk.regions.Region;

/**
 * The LocalStack a test runs against, as plain values, plus sessions configured for it. Obtain one by
 * declaring a parameter of this type in a test that uses {@link LocalStackExtension}.
 *
 * <p>LocalStack checks signatures with the secret key {@code test}; a 12-digit access key id is taken
 * as the account id, so {@link #sessionForAccount(String)} gives an isolated account per test.
 */
public final class LocalStack {
    /** The secret key LocalStack signs with when signature validation is on. */
    public static final String SECRET_KEY = "test";
    /** The access key of LocalStack's default account, 000000000000. */
    public static final String DEFAULT_ACCESS_KEY = "test";

    private final URI endpoint;
    private final Region region;

    LocalStack(URI endpoint, Region region) {
        this.endpoint = endpoint;
        this.region = region;
    }

    /** Where LocalStack listens, e.g. {@code http://127.0.0.1:4566}. */
    public URI endpoint() {
        return endpoint;
    }

    /** The default region tests use. */
    public Region region() {
        return region;
    }

    /**
     * A session builder for LocalStack's default account, with an empty environment so the machine's
     * AWS variables and profiles cannot change what the test does.
     */
    public Aws.Builder sessionBuilder() {
        return sessionBuilder(DEFAULT_ACCESS_KEY);
    }

    /** A session builder for the account whose 12-digit id is the access key. */
    public Aws.Builder sessionBuilder(String accessKeyId) {
        return TestSessions.isolated(endpoint, region, accessKeyId, SECRET_KEY);
    }

    /** A session for LocalStack's default account; close it when done. */
    public Aws session() {
        return sessionBuilder().build();
    }

    /** A session for the given 12-digit account id; close it when done. */
    public Aws sessionForAccount(String accountId) {
        return sessionBuilder(accountId).build();
    }

    /** A fresh, random 12-digit account id, so a test's resources are invisible to every other test. */
    public static String newAccountId() {
        long n = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 900_000_000_000L) + 100_000_000_000L;
        return Long.toString(n);
    }

    /** A name that no other test run uses: the prefix, then random lower-case letters and digits. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Override
    public String toString() {
        return "LocalStack[" + endpoint + ", " + region + "]";
    }
}
