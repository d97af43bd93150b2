package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A transfer run in a JVM of its own ({@link UploadChildMain}, {@link DownloadChildMain}), which reports
 * {@code parts N} on stdout as parts are done, and killed (SIGKILL) midway as a crash or a power cut would.
 */
final class ChildTransfer {
    private ChildTransfer() {}

    /**
     * Starts {@code main} with {@code args} on this test's class path, kills it {@code extraMillis} after
     * it reports {@code killAfter} parts (it must not finish first), and returns the parts it reported.
     */
    static int runAndKill(Class<?> main, List<String> args, int killAfter, long extraMillis) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(args);
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int parts = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                assertThat(line)
                        .as("the child must not finish before it is killed")
                        .isNotEqualTo("finished");
                if (line.startsWith("parts ")) {
                    parts = Integer.parseInt(line.substring(6));
                    if (parts >= killAfter) {
                        break;
                    }
                }
            }
            Thread.sleep(extraMillis);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return parts;
    }
}
