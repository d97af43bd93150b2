package dev.awsrecipes.cli.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.Json;
import dev.awsrecipes.testing.S3Server;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The AWS CLI ({@code /usr/bin/aws}) run against a test server with its test keys and no profile files, so a
 * test checks our effects with a tool that shares none of our code. A missing AWS CLI fails the test.
 */
final class AwsCliCheck {
    private static final String AWS = "/usr/bin/aws";

    private AwsCliCheck() {}

    /** The keys {@code s3api list-objects-v2} gives under the prefix (every page), in S3's order. */
    static List<String> keys(S3Server server, String bucket, String prefix) {
        return keys(server, bucket, prefix, "Contents[].Key");
    }

    /**
     * The keys a JMESPath query over {@code list-objects-v2}'s answer picks, e.g.
     * {@code Contents[?ends_with(Key, '.gz')].Key}.
     */
    static List<String> keys(S3Server server, String bucket, String prefix, String query) {
        String out = run(
                server,
                "s3api",
                "list-objects-v2",
                "--bucket",
                bucket,
                "--prefix",
                prefix,
                "--query",
                query,
                "--output",
                "json");
        List<String> keys = new ArrayList<>();
        try {
            JsonNode array = Json.mapper().readTree(out);
            // An empty listing has no Contents: the query gives null.
            if (array != null) {
                array.forEach(k -> keys.add(k.asText()));
            }
        } catch (IOException e) {
            throw new AssertionError("aws printed no JSON: " + out, e);
        }
        return keys;
    }

    /**
     * {@code aws s3 ls --recursive PATH}: each key with its size, in key order ({@code aws s3 ls} exits with 1
     * when nothing is there: an empty map).
     */
    static Map<String, Long> lsRecursive(S3Server server, String path) {
        Map<String, Long> keys = new TreeMap<>();
        for (String line : run(server, true, "s3", "ls", "--recursive", path).split("\n")) {
            if (!line.isBlank()) {
                // "2026-12-06 19:00:00       1234 some key/with spaces": date, time, size, then the key as is.
                String[] parts = line.strip().split("\\s+", 4);
                keys.put(parts[3], Long.parseLong(parts[2]));
            }
        }
        return keys;
    }

    /** {@code aws s3 cp FILE PATH}: an object stored by another tool, with whatever checksum it gives. */
    static void cp(S3Server server, Path file, String path) {
        run(server, "s3", "cp", file.toString(), path);
    }

    /** Runs the AWS CLI; its stdout, or an AssertionError with its stderr when it fails. */
    static String run(S3Server server, String... args) {
        return run(server, false, args);
    }

    /** As {@link #run(S3Server, String...)}; with {@code emptyMayFail}, exit 1 with no output is an empty answer. */
    private static String run(S3Server server, boolean emptyMayFail, String... args) {
        List<String> command =
                new ArrayList<>(List.of(AWS, "--endpoint-url", server.endpoint().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", System.getProperty("java.io.tmpdir"));
        env.put("AWS_ACCESS_KEY_ID", server.accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", server.secretKey());
        env.put("AWS_DEFAULT_REGION", server.region().id());
        env.put("AWS_CONFIG_FILE", "/nonexistent/aws-recipes-test/config");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-recipes-test/credentials");
        // Keys are printed as UTF-8 whatever the machine's locale.
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("LC_ALL", "C.UTF-8");
        try {
            // stderr to a file, so neither stream can fill up while the other is read
            Path errFile = Files.createTempFile("aws-cli", ".err");
            builder.redirectError(errFile.toFile());
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out;
            try (var stdout = process.getInputStream()) {
                out = stdout.readAllBytes();
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("aws " + String.join(" ", args) + " did not end in 120 s");
            }
            String err = Files.readString(errFile);
            Files.delete(errFile);
            if (emptyMayFail && process.exitValue() == 1 && out.length == 0) {
                return "";
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(
                        "aws " + String.join(" ", args) + " exited " + process.exitValue() + ": " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("the AWS CLI (" + AWS + ") could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
