package dev.awsrecipes.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a real OpenSSH server ({@link Sshd}) on 127.0.0.1: one per test class, started when a
 * test first asks for it and stopped by its process id after the class. Without sshd installed every
 * test that asks fails with a message saying to run {@code scripts/sshd-install}: it never skips.
 *
 * <pre>{@code
 * @ExtendWith({LocalStackExtension.class, SshdExtension.class})
 * class SshIT {
 *     @Test
 *     void runsACommand(Aws aws, Sshd sshd) { ... sshd.authorize(publicKey); ... }
 * }
 * }</pre>
 */
public final class SshdExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SshdExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Sshd.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()
                && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        try {
            return classContext
                    .getStore(NAMESPACE)
                    .getOrComputeIfAbsent("sshd", k -> new Running(Sshd.start()), Running.class)
                    .sshd();
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    /** Stops the server when JUnit discards the class's store. */
    private record Running(Sshd sshd) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            sshd.close();
        }
    }
}
