package dev.awsrecipes.testing;

import dev.awsrecipes.core.Aws;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
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
 * Runs each test carrying the annotation {@code A} once per server of kind {@code K}, names each run
 * after its server ({@code [localstack]}), gives each run its server, and counts the runs per server.
 * When the test run ends it prints one line, e.g. {@code S3 integration tests per server: localstack 120
 * (120 passed), versitygw 104 (104 passed)}, and writes the same counts ({@code server runs passed} per
 * line) to a file under {@code target/} for {@code scripts/test} to add up over the modules.
 *
 * <p>A subclass says which annotation it serves, how to read its servers and reason, and how a run
 * finds its server and resolves the test's parameters.
 */
abstract class PerServerExtension<A extends Annotation, K extends Enum<K> & ServerKind>
        implements TestTemplateInvocationContextProvider {
    private final Class<A> annotation;
    private final Class<K> kinds;
    private final String family;
    private final Path summaryFile;

    /**
     * @param annotation the annotation that marks the tests
     * @param kinds the servers
     * @param family what the summary line calls the tests, e.g. {@code S3}
     * @param summaryFile where the counts go, relative to the module the tests run in
     */
    PerServerExtension(Class<A> annotation, Class<K> kinds, String family, Path summaryFile) {
        this.annotation = annotation;
        this.kinds = kinds;
        this.family = family;
        this.summaryFile = summaryFile;
    }

    /** The servers the annotation names. */
    abstract K[] servers(A declared);

    /** Why the test runs on fewer than all servers, or blank. */
    abstract String because(A declared);

    /** Fails the run, with a message saying how to start the server, when the server is not there. */
    abstract void requireServer(K kind);

    /** Whether a run on any server can resolve a parameter of this type. */
    abstract boolean supportsParameter(Class<?> type);

    /** The value of a parameter of a supported type other than {@link Aws} on this server. */
    abstract Object resolveParameter(K kind, Class<?> type);

    /** A new session for the server's test account: an {@link Aws} parameter, closed after the run. */
    abstract Aws session(K kind);

    @Override
    public final boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod()
                .map(m -> m.isAnnotationPresent(annotation))
                .orElse(false);
    }

    @Override
    public final Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        A declared = context.getRequiredTestMethod().getAnnotation(annotation);
        K[] named = servers(declared);
        Set<K> servers = named.length == 0 ? EnumSet.noneOf(kinds) : EnumSet.copyOf(Arrays.asList(named));
        String name = "@" + annotation.getSimpleName();
        if (servers.isEmpty()) {
            throw new ExtensionConfigurationException(
                    context.getDisplayName() + ": " + name + " names no server to run on");
        }
        if (servers.size() < kinds.getEnumConstants().length
                && because(declared).isBlank()) {
            throw new ExtensionConfigurationException(context.getRequiredTestMethod() + " runs on " + servers
                    + " only: say why in " + name + "(because = \"...\")");
        }
        Counts counts = context.getRoot()
                .getStore(ExtensionContext.Namespace.create(getClass()))
                .getOrComputeIfAbsent(Counts.class, k -> new Counts(), Counts.class);
        return servers.stream().map(kind -> new Run(kind, counts));
    }

    /** One run of a test on one server. */
    private final class Run implements TestTemplateInvocationContext {
        private final K kind;
        private final Counts counts;

        Run(K kind, Counts counts) {
            this.kind = kind;
            this.counts = counts;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + kind.label() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new ServerOfRun(kind), new Counting());
        }

        /** Adds the run's outcome to its server's counts. */
        private final class Counting implements TestWatcher {
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
    }

    /** Finds the run's server before the test starts, and hands it (and a session) to the test. */
    private final class ServerOfRun implements BeforeEachCallback, ParameterResolver {
        private final K kind;

        ServerOfRun(K kind) {
            this.kind = kind;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            requireServer(kind);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == Aws.class || PerServerExtension.this.supportsParameter(type);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            try {
                if (type == Aws.class) {
                    return context.getStore(ExtensionContext.Namespace.create(PerServerExtension.this.getClass()))
                            .getOrComputeIfAbsent(
                                    "aws-" + kind, k -> new ClosingSession(session(kind)), ClosingSession.class)
                            .aws();
                }
                return PerServerExtension.this.resolveParameter(kind, type);
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

    private enum Outcome {
        PASSED,
        FAILED,
        ABORTED,
        DISABLED
    }

    /** The runs of this JVM per server; reported when JUnit closes the root store, at the very end. */
    private final class Counts implements ExtensionContext.Store.CloseableResource {
        private final Map<K, Map<Outcome, AtomicInteger>> byServer = new EnumMap<>(kinds);

        synchronized void add(K kind, Outcome outcome) {
            byServer.computeIfAbsent(kind, k -> new EnumMap<>(Outcome.class))
                    .computeIfAbsent(outcome, o -> new AtomicInteger())
                    .incrementAndGet();
        }

        @Override
        public synchronized void close() {
            K[] all = kinds.getEnumConstants();
            String line = family + " integration tests per server: "
                    + Arrays.stream(all).map(this::describe).collect(Collectors.joining(", "));
            // The test run's console is where a developer looks; test-support is not library code.
            System.out.println(line);
            try {
                Files.createDirectories(summaryFile.getParent());
                String counts = Arrays.stream(all)
                        .map(k -> k.label() + " " + count(k, null) + " " + count(k, Outcome.PASSED))
                        .collect(Collectors.joining("\n", "", "\n"));
                Files.writeString(summaryFile, counts, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + summaryFile.toAbsolutePath(), e);
            }
        }

        private String describe(K kind) {
            int all = count(kind, null);
            int passed = count(kind, Outcome.PASSED);
            return kind.label() + " " + all + " (" + passed + " passed"
                    + (all > passed ? ", " + (all - passed) + " not" : "") + ")";
        }

        private int count(K kind, Outcome outcome) {
            Map<Outcome, AtomicInteger> outcomes = byServer.getOrDefault(kind, Map.of());
            return outcomes.entrySet().stream()
                    .filter(e -> outcome == null || e.getKey() == outcome)
                    .mapToInt(e -> e.getValue().get())
                    .sum();
        }
    }
}
