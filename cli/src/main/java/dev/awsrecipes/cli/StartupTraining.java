package dev.awsrecipes.cli;

import dev.awsrecipes.core.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training run behind the command line's start-up archive: it runs, in one JVM, the commands whose
 * start-up a user feels, so the classes they load are archived already parsed and verified (and, on JDK 25
 * and newer, linked, with their method profiles). {@code bin/aws-recipes} runs it with
 * {@code -XX:ArchiveClassesAtExit} (AppCDS, JDK 17 to 24) or {@code -XX:AOTCacheOutput} (the ahead-of-time
 * cache, JDK 25 and newer): at {@code mvn package} for the JDK of the build, and in the background on the
 * first run of any other JDK.
 *
 * <p>It needs no server: help and version, a presigned URL (made locally), and an upload and a
 * download to a closed local port (the S3 client, the HTTP client, request marshalling and signing
 * are all loaded before the connection is refused). With {@code AWS_RECIPES_TRAINING_ENDPOINT}
 * (and keys) pointing at an S3 server, a 1 KiB upload and download that succeed are run too.
 * Everything the commands print is dropped.
 */
public final class StartupTraining {
    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        Path work = Files.createTempDirectory("aws-recipes-training");
        Path small = Files.write(work.resolve("small.bin"), new byte[1024]);
        Map<String, String> env = new HashMap<>(Map.of(
                "AWS_ACCESS_KEY_ID", "training",
                "AWS_SECRET_ACCESS_KEY", "training",
                "AWS_REGION", "us-east-1",
                "AWS_MAX_ATTEMPTS", "1",
                "AWS_CONFIG_FILE", work.resolve("no-config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", work.resolve("no-credentials").toString()));
        String closed = "http://127.0.0.1:" + closedPort();
        run(env, "--help");
        run(env, "--version");
        run(env, "upload", "--help");
        run(env, "download", "--help");
        // One object on the closed port: each call is refused once the client that makes it is loaded.
        List<String> refused = List.of("--endpoint-url", closed, "--bucket", "training", "--key", "k");
        run(env, "expiring-url", refused, "--expires", "5m");
        run(env, "expiring-url", refused, "--expires", "5m", "--json");
        run(env, "upload", refused, small.toString());
        run(env, "download", refused, work.resolve("back.bin").toString());
        String server = System.getenv("AWS_RECIPES_TRAINING_ENDPOINT");
        if (server != null && !server.isBlank()) {
            env.putAll(System.getenv());
            String bucket = "aws-recipes-training-" + ProcessHandle.current().pid();
            List<String> stored = List.of("--endpoint-url", server, "--bucket", bucket, "--key", "k");
            run(env, "create-bucket", "--endpoint-url", server, "--bucket", bucket);
            run(env, "upload", stored, small.toString(), "--json");
            run(env, "download", stored, work.resolve("back.bin").toString(), "--json");
            run(env, "delete-bucket", "--endpoint-url", server, "--bucket", bucket);
        }
        deleteTree(work);
    }

    /** {@code command}, the options naming its object, then {@code more}. */
    private static void run(Map<String, String> env, String command, List<String> object, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(object);
        args.addAll(List.of(more));
        run(env, args.toArray(String[]::new));
    }

    private static void run(Map<String, String> env, String... args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        AwsRecipesCli.run(args, nowhere, nowhere, Environment.of(env));
    }

    /** A local port nothing listens on: bound, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
