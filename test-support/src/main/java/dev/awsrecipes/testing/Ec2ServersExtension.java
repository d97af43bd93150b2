package dev.awsrecipes.testing;

import dev.awsrecipes.core.Aws;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Runs every {@link Ec2ServerTest} once per server of the EC2 family, gives each run its server, and
 * counts the runs per server. When the test run ends it prints one line, e.g. {@code EC2-family
 * integration tests per server: localstack 40 (40 passed), moto 36 (36 passed)}, and writes the same
 * counts to {@code target/ec2-server-tests.txt} for {@code scripts/test} to add up over the modules.
 */
public final class Ec2ServersExtension extends PerServerExtension<Ec2ServerTest, Ec2ServerKind> {
    /** The file the counts go to, relative to the module the tests run in. */
    static final Path SUMMARY_FILE = Path.of("target", "ec2-server-tests.txt");

    /** Made by JUnit, for {@link Ec2ServerTest}. */
    public Ec2ServersExtension() {
        super(Ec2ServerTest.class, Ec2ServerKind.class, "EC2-family", SUMMARY_FILE);
    }

    @Override
    Ec2ServerKind[] servers(Ec2ServerTest declared) {
        return declared.value();
    }

    @Override
    String because(Ec2ServerTest declared) {
        return declared.because();
    }

    @Override
    void requireServer(Ec2ServerKind kind) {
        Ec2Servers.get(kind);
    }

    @Override
    boolean supportsParameter(Class<?> type) {
        return type == Ec2Server.class || type == LocalStack.class;
    }

    @Override
    Object resolveParameter(Ec2ServerKind kind, Class<?> type) {
        if (type == LocalStack.class) {
            if (kind != Ec2ServerKind.LOCALSTACK) {
                throw new ParameterResolutionException("a LocalStack parameter needs a test that runs on"
                        + " LocalStack only: declare @Ec2ServerTest(value = LOCALSTACK, because = ...)");
            }
            return LocalStackProvider.get();
        }
        return Ec2Servers.get(kind);
    }

    @Override
    Aws session(Ec2ServerKind kind) {
        return Ec2Servers.get(kind).session();
    }
}
