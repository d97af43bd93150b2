package dev.awsrecipes.cli.s3;

import dev.awsrecipes.testing.S3Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Asks the AWS CLI ({@code /usr/bin/aws}) what a server holds, as the server's test user, so a test checks
 * our effects with a tool that shares none of our code.
 */
final class AwsCliCheck {
    private static final String AWS = "/usr/bin/aws";

    private AwsCliCheck() {}

    /** {@code aws s3 ls --recursive PATH}: each key with its size, in key order. */
    static Map<String, Long> lsRecursive(S3Server server, String path) {
        Map<String, Long> keys = new TreeMap<>();
        for (String line : run(server, "s3", "ls", "--recursive", path)) {
            if (line.isBlank()) {
                continue;
            }
            // "2026-12-06 19:00:00       1234 some key/with spaces": date, time, size, then the key as is.
            String[] parts = line.strip().split("\\s+", 4);
            keys.put(parts[3], Long.parseLong(parts[2]));
        }
        return keys;
    }

    /** {@code aws s3 cp FILE PATH}: an object stored by another tool, with whatever checksum it gives. */
    static void cp(S3Server server, java.nio.file.Path file, String path) {
        run(server, "s3", "cp", file.toString(), path);
    }

    private static List<String> run(S3Server server, String... args) {
        List<String> command = new ArrayList<>(List.of(AWS));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", server.endpoint().toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = new HashMap<>(server.cliEnvironment());
        environment.put("AWS_DEFAULT_REGION", server.region().id());
        environment.put("PYTHONIOENCODING", "utf-8");
        environment.put("LC_ALL", "C.UTF-8");
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.environment().put("PATH", "/usr/bin:/bin");
        try {
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean ended = process.waitFor(120, TimeUnit.SECONDS);
            if (ended && process.exitValue() == 1 && out.length == 0 && err.isBlank()) {
                return List.of(); // aws s3 ls found nothing
            }
            if (!ended || process.exitValue() != 0) {
                throw new AssertionError("aws " + String.join(" ", args) + " failed (exit "
                        + (ended ? process.exitValue() : "none in 120 s") + "): " + err
                        + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
