package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.testing.LocalStack;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built command line as a shell user does: {@code bin/aws-recipes} (or {@code java -jar}) in
 * a process of its own, with LocalStack's test keys, a chosen locale, and stdout/stderr sent where the
 * test says (a file, {@code /dev/full}, a pipe).
 */
final class Launcher {
    /** The locale cron and systemd give: ASCII. */
    static final Map<String, String> LOCALE_C = Map.of("LANG", "C", "LC_ALL", "C");

    private final LocalStack localStack;
    private final Path work;

    Launcher(LocalStack localStack, Path work) {
        this.localStack = localStack;
        this.work = work;
    }

    /** The repository's launcher, bin/aws-recipes, next to the cli module. */
    static Path script() {
        Path script = Path.of("").toAbsolutePath().getParent().resolve("bin/aws-recipes");
        assertThat(script).as("the launcher").isExecutable();
        return script;
    }

    /** What a finished run left: its exit status and what it wrote to the files given. */
    record Finished(int exitCode, byte[] out, String err) {
        String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /** A process ready to start: the launcher with these arguments (and LocalStack's endpoint). */
    ProcessBuilder launcher(Map<String, String> locale, List<String> javaOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(script().toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", localStack.endpoint().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        environment(builder, locale);
        builder.environment().put("AWS_RECIPES_JAR", JarProcess.jar().toString());
        builder.environment().put("AWS_RECIPES_JAVA_OPTS", String.join(" ", javaOptions));
        return builder;
    }

    /** A process ready to start: {@code java -jar} with these arguments, bypassing the launcher. */
    ProcessBuilder javaJar(Map<String, String> locale, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JarProcess.jar().toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", localStack.endpoint().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        environment(builder, locale);
        return builder;
    }

    private void environment(ProcessBuilder builder, Map<String, String> locale) {
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("LC_") || k.equals("LANG"));
        env.putAll(CliRun.environment(localStack, LocalStack.DEFAULT_ACCESS_KEY));
        env.putAll(locale);
    }

    /** Runs to the end (bounded: two minutes), stdout and stderr into files of the work directory. */
    Finished run(ProcessBuilder builder) throws IOException, InterruptedException {
        return run(builder, work);
    }

    /** Runs to the end (bounded: two minutes), stdout and stderr into files of {@code work}. */
    static Finished run(ProcessBuilder builder, Path work) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "stdout", ".bin");
        Path err = Files.createTempFile(work, "stderr", ".txt");
        if (builder.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
            builder.redirectOutput(out.toFile());
        }
        builder.redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Finished(process.exitValue(), Files.readAllBytes(out), Files.readString(err));
    }

    /** The special file that is always full. */
    static File devFull() {
        return new File("/dev/full");
    }
}
