package dev.awsrecipes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Delays every request of one type (a part, a ranged GET) in a command line started as a process of its
 * own, so a test can interrupt a transfer between two requests. The command line has no hook for it: the
 * test adds {@link #javaOption} to the process's JVM options, which puts a small jar on its class path as a
 * Java agent. The jar lists this class in the SDK's global interceptor file
 * ({@code software/amazon/awssdk/global/handlers/execution.interceptors}), which the SDK reads from the
 * class path for every client it builds; the agent only takes the arguments.
 *
 * <p>The agent's JVM sees this one class and the SDK, nothing else of the tests: keep it free of lambdas,
 * nested classes and other test classes.
 */
public final class SlowRequests implements ExecutionInterceptor {
    private static final String GLOBAL_INTERCEPTORS = "software/amazon/awssdk/global/handlers/execution.interceptors";

    private static volatile String slowType = "";
    private static volatile long delayMillis;
    private static Path agentJar;

    /** The SDK makes one for each client, by reflection. */
    public SlowRequests() {}

    /**
     * The JVM option that delays every request of the type by that long, in the process it is given to.
     *
     * @param type the request to delay, e.g. {@code UploadPartRequest.class}
     * @param millis the delay before each is sent
     * @return {@code -javaagent:JAR=TYPE=MILLIS}
     */
    public static String javaOption(Class<? extends SdkRequest> type, long millis) {
        return "-javaagent:" + agentJar() + "=" + type.getName() + "=" + millis;
    }

    /**
     * The agent's entry point, run before the command line's {@code main}.
     *
     * @param arguments {@code TYPE=MILLIS}, as {@link #javaOption} writes them
     */
    public static void premain(String arguments) {
        int split = arguments.lastIndexOf('=');
        slowType = arguments.substring(0, split);
        delayMillis = Long.parseLong(arguments.substring(split + 1));
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (context.request().getClass().getName().equals(slowType)) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The agent jar, written once per test run next to the test classes (the build's target folder). */
    private static synchronized Path agentJar() {
        if (agentJar != null) {
            return agentJar;
        }
        try {
            Path target = Path.of(SlowRequests.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getParent();
            Path written = Files.createTempFile(target, "slow-requests", ".tmp");
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().putValue("Premain-Class", SlowRequests.class.getName());
            String classFile = SlowRequests.class.getName().replace('.', '/') + ".class";
            try (OutputStream file = Files.newOutputStream(written);
                    JarOutputStream jar = new JarOutputStream(file, manifest);
                    InputStream bytes = SlowRequests.class.getClassLoader().getResourceAsStream(classFile)) {
                jar.putNextEntry(new JarEntry(classFile));
                bytes.transferTo(jar);
                jar.putNextEntry(new JarEntry(GLOBAL_INTERCEPTORS));
                jar.write((SlowRequests.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            agentJar = Files.move(written, target.resolve("slow-requests.jar"), StandardCopyOption.REPLACE_EXISTING);
            return agentJar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the slow-requests agent jar", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
