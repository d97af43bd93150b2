package dev.awsrecipes.testing;

import dev.awsrecipes.core.Aws;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Runs every {@link S3ServerTest} once per S3 server, gives each run its server, and counts the runs
 * per server. When the test run ends it prints one line, e.g. {@code S3 integration tests per server:
 * localstack 120 (120 passed), versitygw 104 (104 passed)}, and writes the same counts to {@code
 * target/s3-server-tests.txt} for {@code scripts/test} to add up over the modules.
 */
public final class S3ServersExtension extends PerServerExtension<S3ServerTest, S3ServerKind> {
    /** The file the counts go to, relative to the module the tests run in. */
    static final Path SUMMARY_FILE = Path.of("target", "s3-server-tests.txt");

    /** Made by JUnit, for {@link S3ServerTest}. */
    public S3ServersExtension() {
        super(S3ServerTest.class, S3ServerKind.class, "S3", SUMMARY_FILE);
    }

    @Override
    S3ServerKind[] servers(S3ServerTest declared) {
        return declared.value();
    }

    @Override
    String because(S3ServerTest declared) {
        return declared.because();
    }

    @Override
    void requireServer(S3ServerKind kind) {
        S3Servers.get(kind);
    }

    @Override
    boolean supportsParameter(Class<?> type) {
        return type == S3Server.class || type == LocalStack.class;
    }

    @Override
    Object resolveParameter(S3ServerKind kind, Class<?> type) {
        if (type == LocalStack.class) {
            if (kind != S3ServerKind.LOCALSTACK) {
                throw new ParameterResolutionException("a LocalStack parameter needs a test that runs on"
                        + " LocalStack only: declare @S3ServerTest(value = LOCALSTACK, because = ...)");
            }
            return LocalStackProvider.get();
        }
        return S3Servers.get(kind);
    }

    @Override
    Aws session(S3ServerKind kind) {
        return S3Servers.get(kind).session();
    }
}
