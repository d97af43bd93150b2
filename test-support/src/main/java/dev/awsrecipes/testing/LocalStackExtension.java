package dev.awsrecipes.testing;

import dev.awsrecipes.core.Aws;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests a real LocalStack. It uses, in this order:
 *
 * <ol>
 *   <li>the LocalStack at {@code LOCALSTACK_ENDPOINT} or {@code AWS_ENDPOINT_URL}, when one is set
 *       (how our machines without Docker run: {@code scripts/localstack start});
 *   <li>a Testcontainers LocalStack ({@value LocalStackProvider#IMAGE}) when a Docker engine is
 *       reachable;
 * </ol>
 *
 * and otherwise fails every test with a message saying how to start LocalStack: it never skips.
 *
 * <p>Test methods and constructors may declare parameters of type {@link LocalStack} (the endpoint and
 * region, and sessions for any account) and {@link Aws} (a session for LocalStack's default account,
 * closed after the test class).
 *
 * <pre>{@code
 * @ExtendWith(LocalStackExtension.class)
 * class BucketIT {
 *     @Test
 *     void createBucket_isIdempotent(Aws aws) { ... }
 * }
 * }</pre>
 */
public final class LocalStackExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalStack.class || type == Aws.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LocalStack localStack;
        try {
            localStack = LocalStackProvider.get();
        } catch (IllegalStateException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
        if (parameter.getParameter().getType() == LocalStack.class) {
            return localStack;
        }
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        return store.getOrComputeIfAbsent("aws", k -> new ClosingSession(localStack.session()), ClosingSession.class)
                .aws();
    }

    /** Closes the session when JUnit discards the store (after the test or class). */
    private record ClosingSession(Aws aws) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            aws.close();
        }
    }
}
