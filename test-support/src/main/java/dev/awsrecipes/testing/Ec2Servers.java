package dev.awsrecipes.testing;

import dev.awsrecipes.core.Aws;
import java.net.URI;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Finds the EC2-family servers of this JVM, once each: LocalStack through {@link LocalStackProvider},
 * moto at {@code MOTO_ENDPOINT} (what {@code scripts/moto env} prints). A server that is missing or does
 * not answer fails the tests that need it with a message saying how to start it.
 */
public final class Ec2Servers {
    /** moto takes any keys (it checks no signatures); unknown ones reach its default account. */
    static final String MOTO_ACCESS_KEY = "aws-recipes";

    static final String MOTO_SECRET_KEY = "aws-recipes-secret";

    private static final FoundOnce<Ec2ServerKind, Ec2Server> SERVERS =
            new FoundOnce<>(Ec2ServerKind.class, Ec2Servers::locate);

    /** moto's default account, which makes the fresh accounts; lives as long as the JVM. */
    private static Aws motoDefault;

    private Ec2Servers() {}

    /** The server of this kind, or an {@link IllegalStateException} saying why there is none. */
    public static Ec2Server get(Ec2ServerKind kind) {
        return SERVERS.get(kind);
    }

    /** The LocalStack a {@link LocalStackExtension} test got, as a server of the EC2 family. */
    public static Ec2Server of(LocalStack localStack) {
        return new Ec2Server(
                Ec2ServerKind.LOCALSTACK,
                localStack.endpoint(),
                localStack.region(),
                LocalStack.DEFAULT_ACCESS_KEY,
                LocalStack.SECRET_KEY);
    }

    private static Ec2Server locate(Ec2ServerKind kind) {
        return switch (kind) {
            case LOCALSTACK -> of(LocalStackProvider.get());
            case MOTO -> {
                String endpoint = System.getenv("MOTO_ENDPOINT");
                if (endpoint == null || endpoint.isBlank()) {
                    throw new IllegalStateException("No moto for the EC2, IAM, STS and SNS integration tests: set"
                            + " MOTO_ENDPOINT to a running moto server, e.g. run `scripts/moto start` and then"
                            + " `eval \"$(scripts/moto env)\"`, or use `scripts/test`, which does both.");
                }
                URI uri = URI.create(endpoint.trim());
                S3Servers.requireAnswering("moto", uri, "start it with `scripts/moto start`");
                yield new Ec2Server(kind, uri, Region.US_EAST_1, MOTO_ACCESS_KEY, MOTO_SECRET_KEY);
            }
        };
    }

    static AccountKeys newAccount(Ec2Server server) {
        String accountId = LocalStack.newAccountId();
        return switch (server.kind()) {
            case LOCALSTACK -> new AccountKeys(accountId, accountId, LocalStack.SECRET_KEY);
            case MOTO -> {
                Credentials assumed = motoDefault(server)
                        .client(Aws.STS)
                        .assumeRole(r -> r.roleArn("arn:aws:iam::" + accountId + ":role/aws-recipes-test")
                                .roleSessionName("aws-recipes-test"))
                        .credentials();
                // moto finds the account from the access key alone; the session token is not needed.
                yield new AccountKeys(accountId, assumed.accessKeyId(), assumed.secretAccessKey());
            }
        };
    }

    private static synchronized Aws motoDefault(Ec2Server server) {
        if (motoDefault == null) {
            motoDefault = server.session();
        }
        return motoDefault;
    }
}
