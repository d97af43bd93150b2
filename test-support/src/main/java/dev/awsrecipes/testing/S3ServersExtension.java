package dev.awsrecipes.testing;

import dev.awsrecipes.core.Aws;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Runs every {@link S3ServerTest} once per S3 server, gives each run its server, and counts the runs
 * per server. When the test run ends it prints one line, e.g. {@code S3 integration tests per server:
 * localstack 120 (120 passed), versitygw 104 (104 passed)}, and writes the same counts to {@code
 * target/s3-server-tests.txt} for {@code scripts/test} to add up over the modules.
 */
public final class S3ServersExtension implements TestTemplateInvocationContextProvider {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(S3ServersExtension.class);

    /** The file the counts go to, relative to the module the tests run in. */
    static final Path SUMMARY_FILE = Path.of("target", "s3-server-tests.txt");

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod()
                .map(m -> m.isAnnotationPresent(S3ServerTest.class))
                .orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        S3ServerTest declared = context.getRequiredTestMethod().getAnnotation(S3ServerTest.class);
        Set<S3ServerKind> servers = declared.value().length == 0
                ? EnumSet.noneOf(S3ServerKind.class)
                : EnumSet.copyOf(Arrays.asList(declared.value()));
        if (servers.isEmpty()) {
            throw new ExtensionConfigurationException(
                    context.getDisplayName() + ": @S3ServerTest names no server to run on");
        }
        if (servers.size() < S3ServerKind.values().length && declared.because().isBlank()) {
            throw new ExtensionConfigurationException(context.getRequiredTestMethod() + " runs on " + servers
                    + " only: say why in @S3ServerTest(because = \"...\")");
        }
        Counts counts = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(Counts.class, k -> new Counts(), Counts.class);
        return servers.stream().map(kind -> new Run(kind, counts));
    }

    /** One run of a test on one server. */
    private record Run(S3ServerKind kind, Counts counts) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + kind.label() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new ServerOfRun(kind), new Counting(kind, counts));
        }
    }

    /** Finds the run's server before the test starts, and hands it (and a session) to the test. */
    private record ServerOfRun(S3ServerKind kind) implements BeforeEachCallback, ParameterResolver {
        @Override
        public void beforeEach(ExtensionContext context) {
            // Fails the run, with the message saying how to start the server, when it is not there.
            S3Servers.get(kind);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == S3Server.class || type == Aws.class || type == LocalStack.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            try {
                if (type == LocalStack.class) {
                    if (kind != S3ServerKind.LOCALSTACK) {
                        throw new ParameterResolutionException("a LocalStack parameter needs a test that runs on"
                                + " LocalStack only: declare @S3ServerTest(value = LOCALSTACK, because = ...)");
                    }
                    return LocalStackProvider.get();
                }
                S3Server server = S3Servers.get(kind);
                if (type == S3Server.class) {
                    return server;
                }
                return context.getStore(NAMESPACE)
                        .getOrComputeIfAbsent(
                                "aws-" + kind, k -> new ClosingSession(server.session()), ClosingSession.class)
                        .aws();
            } catch (IllegalStateException e) {
                throw new ParameterResolutionException(e.getMessage(), e);
            }
        }
    }

    /** Closes a run's session when JUnit discards the run's store. */
    private record ClosingSession(Aws aws) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            aws.close();
        }
    }

    /** Adds each run's outcome to its server's counts. */
    private record Counting(S3ServerKind kind, Counts counts) implements TestWatcher {
        @Override
        public void testSuccessful(ExtensionContext context) {
            counts.add(kind, Outcome.PASSED);
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            counts.add(kind, Outcome.FAILED);
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            counts.add(kind, Outcome.ABORTED);
        }

        @Override
        public void testDisabled(ExtensionContext context, Optional<String> reason) {
            counts.add(kind, Outcome.DISABLED);
        }
    }

    private enum Outcome {
        PASSED,
        FAILED,
        ABORTED,
        DISABLED
    }

    /** The runs of this JVM per server; reported when JUnit closes the root store, at the very end. */
    private static final class Counts implements ExtensionContext.Store.CloseableResource {
        private final Map<S3ServerKind, Map<Outcome, AtomicInteger>> byServer = new EnumMap<>(S3ServerKind.class);

        synchronized void add(S3ServerKind kind, Outcome outcome) {
            byServer.computeIfAbsent(kind, k -> new EnumMap<>(Outcome.class))
                    .computeIfAbsent(outcome, o -> new AtomicInteger())
                    .incrementAndGet();
        }

        @Override
        public synchronized void close() {
            String line = "S3 integration tests per server: "
                    + Arrays.stream(S3ServerKind.values()).map(this::describe).collect(Collectors.joining(", "));
            // The test run's console is where a developer looks; test-support is not library code.
            System.out.println(line);
            try {
                Files.createDirectories(SUMMARY_FILE.getParent());
                String counts = Arrays.stream(S3ServerKind.values())
                        .map(k -> k.label() + " " + count(k, null) + " " + count(k, Outcome.PASSED))
                        .collect(Collectors.joining("\n", "", "\n"));
                Files.writeString(SUMMARY_FILE, counts, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + SUMMARY_FILE.toAbsolutePath(), e);
            }
        }

        private String describe(S3ServerKind kind) {
            int all = count(kind, null);
            int passed = count(kind, Outcome.PASSED);
            return kind.label() + " " + all + " (" + passed + " passed"
                    + (all > passed ? ", " + (all - passed) + " not" : "") + ")";
        }

        private int count(S3ServerKind kind, Outcome outcome) {
            Map<Outcome, AtomicInteger> outcomes = byServer.getOrDefault(kind, Map.of());
            return outcomes.entrySet().stream()
                    .filter(e -> outcome == null || e.getKey() == outcome)
                    .mapToInt(e -> e.getValue().get())
                    .sum();
        }
    }
}
