package dev.awsrecipes.testing;

import dev.awsrecipes.core.Aws;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.regions.Region;

/**
 * One server of the EC2 family (EC2, IAM, STS, SNS) a test runs against, as plain values, plus fresh
 * accounts and sessions for it. Declare a parameter of this type in an {@link Ec2ServerTest}.
 *
 * <p>Each test makes its own account with {@link #newAccount()}: both servers keep every account's
 * resources apart, so tests never see each other's instances, keys or groups and may run side by side.
 *
 * @param kind which server it is
 * @param endpoint where it listens, e.g. {@code http://127.0.0.1:5050}
 * @param region the region tests use
 * @param accessKeyId the access key of the server's default account
 * @param secretKey its secret key
 */
public record Ec2Server(Ec2ServerKind kind, URI endpoint, Region region, String accessKeyId, String secretKey) {
    /** The id of moto's default account: the one any key it does not know reaches. */
    static final String MOTO_DEFAULT_ACCOUNT = "123456789012";

    /** The server's name as test names show it, e.g. {@code moto}. */
    public String name() {
        return kind.label();
    }

    /** Whether this is the given server. */
    public boolean is(Ec2ServerKind other) {
        return kind == other;
    }

    /** The id of the account {@link #session()} reaches. */
    public String defaultAccountId() {
        return kind == Ec2ServerKind.MOTO ? MOTO_DEFAULT_ACCOUNT : "000000000000";
    }

    /**
     * A fresh account no other test uses. On LocalStack its 12-digit id is the access key; on moto it is
     * reached as AWS reaches a member account, by assuming a role in it (moto needs no such role to exist)
     * with the default account's keys, and the assumed role's access key then names the account.
     */
    public AccountKeys newAccount() {
        return Ec2Servers.newAccount(this);
    }

    /**
     * A session builder for the server's default account, with an empty environment so the machine's AWS
     * variables and profiles cannot change what the test does.
     */
    public Aws.Builder sessionBuilder() {
        return TestSessions.isolated(endpoint, region, accessKeyId, secretKey);
    }

    /** A session builder for the account, isolated like {@link #sessionBuilder()}. */
    public Aws.Builder sessionBuilder(AccountKeys account) {
        return TestSessions.isolated(endpoint, region, account.accessKeyId(), account.secretKey());
    }

    /** A session for the server's default account; close it when done. */
    public Aws session() {
        return sessionBuilder().build();
    }

    /** A session for the account; close it when done. */
    public Aws session(AccountKeys account) {
        return sessionBuilder(account).build();
    }

    /** A session for a {@linkplain #newAccount() fresh account}; close it when done. */
    public Aws newAccountSession() {
        return session(newAccount());
    }

    /**
     * The environment a command-line user of the account has: its keys, the region, the endpoint and no
     * profile files.
     */
    public Map<String, String> cliEnvironment(AccountKeys account) {
        return TestSessions.cliEnvironment(
                region, account.accessKeyId(), account.secretKey(), Map.of("AWS_ENDPOINT_URL", endpoint.toString()));
    }

    @Override
    public String toString() {
        return name() + "[" + endpoint + ", " + region + "]";
    }
}
