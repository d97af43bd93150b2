package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.testing.S3Server;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built command line, the shaded {@code aws-recipes.jar}, started with {@code java -jar} in a process
 * of its own, for tests that must limit its heap, give it system properties or kill it midway.
 */
public final class JarProcess {
    private JarProcess() {}

    /** The shaded jar mvn package built, next to test-classes. */
    public static Path jar() {
        try {
            Path jar = Path.of(JarProcess.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getParent()
                    .resolve("aws-recipes.jar");
            assertThat(jar).as("the shaded CLI jar (mvn package builds it)").exists();
            return jar;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts {@code java [jvmArgs] -jar aws-recipes.jar args... --endpoint-url E} as the S3 server's test
     * user (no endpoint or profile from this machine's environment), stderr sent where the test says.
     */
    public static Process start(S3Server server, List<String> jvmArgs, ProcessBuilder.Redirect stderr, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        command.add("--endpoint-url");
        command.add(server.endpoint().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr);
        builder.environment().putAll(server.cliEnvironment());
        builder.environment().remove("AWS_ENDPOINT_URL");
        builder.environment().remove("AWS_PROFILE");
        return builder.start();
    }
}
