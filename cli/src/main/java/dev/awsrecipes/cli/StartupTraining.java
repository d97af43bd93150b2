package dev.awsrecipes.cli;

import dev.awsrecipes.core.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run behind the command line's start-up archive: it runs, in one JVM, the commands whose
 * start-up a user feels, so the classes they load are archived already parsed and verified (and, on JDK 25
 * and newer, linked, with their method profiles). {@code bin/aws-recipes} runs it with
 * {@code -XX:ArchiveClassesAtExit} (AppCDS, JDK 17 to 24) or {@code -XX:AOTCacheOutput} (the ahead-of-time
 * cache, JDK 25 and newer): at {@code mvn package} for the JDK of the build, and in the background on the
 * first run of any other JDK.
 *
 * <p>It needs no server. Help and version, a presigned URL (made locally), an upload and a download to
 * a closed local port (the S3 client, the HTTP client, request marshalling and signing are loaded
 * before the connection is refused); then {@code upload}, {@code download} (each plain and with
 * {@code --json}), {@code cp} up and down and {@code ls} of a 1 KiB object against {@link TrainingS3}, a
 * stand-in on 127.0.0.1, over HTTP and over HTTPS, so that what follows the connection is archived too
 * (responses unmarshalled, checksums verified, files written, results printed; over HTTPS the handshake
 * and the certificate's verification, with a fresh {@link TrainingCertificate} given as {@code
 * AWS_CA_BUNDLE}, and once without it, refused by the JDK's own trust store). Each of those must
 * succeed: otherwise the training exits with 1 and says which command failed and what it said, so a
 * broken training stops {@code mvn package} instead of leaving a smaller archive (unless a proxy is
 * set, which the stand-in cannot be reached through). With {@code
 * AWS_RECIPES_TRAINING_ENDPOINT} (and keys) pointing at an S3 server, a 1 KiB upload and download to it
 * are run too. Everything else the commands print is dropped.
 */
public final class StartupTraining {
    private StartupTraining() {}

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        Path work = Files.createTempDirectory("aws-recipes-training");
        try {
            train(work);
        } catch (TrainingFailed e) {
            // No archive from a training that did not run its commands through: the launcher makes none
            // when the training exits non-zero, and mvn package stops with this message.
            System.err.println("aws-recipes training: " + e.getMessage());
            deleteTree(work);
            System.exit(1);
        }
        deleteTree(work);
    }

    private static void train(Path work) throws IOException, GeneralSecurityException {
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
        // The same commands through to their end, against the stand-in over HTTP and over HTTPS.
        TrainingCertificate certificate = TrainingCertificate.make();
        Map<String, String> trusting = new HashMap<>(env);
        trusting.put(
                "AWS_CA_BUNDLE",
                certificate.writePem(work.resolve("training-ca.pem")).toString());
        try (TrainingS3 http = TrainingS3.start(null);
                TrainingS3 https = TrainingS3.start(certificate.serverContext())) {
            transfers(env, http.endpoint().toString(), small, work.resolve("http"));
            transfers(trusting, https.endpoint().toString(), small, work.resolve("https"));
            // Without the bundle the certificate is refused: the JDK's own trust store and the message.
            run(
                    env,
                    "upload",
                    List.of("--endpoint-url", https.endpoint().toString(), "--bucket", "training", "--key", "k"),
                    small.toString());
        }
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
    }

    /**
     * A 1 KiB object up and down with each trained command, plain and with {@code --json}, each of which
     * must succeed: a failure is a broken training (or a stand-in that no longer answers what the
     * commands ask), reported by {@link TrainingFailed} so that {@code mvn package} fails.
     */
    private static void transfers(Map<String, String> env, String endpoint, Path small, Path into) throws IOException {
        Files.createDirectories(into);
        List<String> object = List.of("--endpoint-url", endpoint, "--bucket", "training", "--key", "k");
        List<String> viaEndpoint = List.of("--endpoint-url", endpoint);
        succeed(env, "upload", object, small.toString());
        succeed(env, "upload", object, small.toString(), "--json");
        succeed(env, "download", object, into.resolve("download.bin").toString());
        succeed(env, "download", object, into.resolve("download-json.bin").toString(), "--json");
        succeed(env, "cp", viaEndpoint, small.toString(), "s3://training/folder/cp.bin");
        succeed(
                env,
                "cp",
                viaEndpoint,
                "s3://training/folder/cp.bin",
                into.resolve("cp.bin").toString());
        succeed(env, "ls", viaEndpoint, "s3://training/");
        succeed(env, "ls", viaEndpoint, "s3://training/", "--recursive", "--json");
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

    /** {@link #run(Map, String, List, String...)} of a command that must succeed. */
    private static void succeed(Map<String, String> env, String command, List<String> object, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(object);
        args.addAll(List.of(more));
        StringWriter err = new StringWriter();
        int status = AwsRecipesCli.run(
                args.toArray(String[]::new),
                new PrintWriter(Writer.nullWriter()),
                new PrintWriter(err, true),
                Environment.of(env));
        if (status != 0 && proxied()) {
            System.err.println("aws-recipes training: a proxy is set, so aws-recipes " + String.join(" ", args)
                    + " was trained only up to its failure: " + err.toString().strip());
        } else if (status != 0) {
            throw new TrainingFailed("aws-recipes " + String.join(" ", args) + " exited with " + status
                    + " against the training's stand-in S3; it said: "
                    + err.toString().strip());
        }
    }

    /**
     * Whether the HTTP client may send the stand-in's requests to a proxy, which cannot reach this
     * machine's 127.0.0.1: the SDK takes {@code HTTP(S)_PROXY} from the process's own environment (not
     * the one given to the commands) and the JVM's proxy properties. Behind a proxy the commands against
     * the stand-in are trained as far as they get and a failure does not fail the training, since the
     * archive is still better than none.
     */
    private static boolean proxied() {
        return Stream.of("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy")
                        .map(System::getenv)
                        .anyMatch(value -> value != null && !value.isBlank())
                || System.getProperty("http.proxyHost") != null
                || System.getProperty("https.proxyHost") != null;
    }

    /** A trained command that had to succeed did not. */
    private static final class TrainingFailed extends RuntimeException {
        TrainingFailed(String message) {
            super(message);
        }
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
