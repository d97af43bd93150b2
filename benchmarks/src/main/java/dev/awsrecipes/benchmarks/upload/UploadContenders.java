package dev.awsrecipes.benchmarks.upload;

import dev.awsrecipes.benchmarks.harness.Fork;
import dev.awsrecipes.benchmarks.harness.Knobs;
import dev.awsrecipes.benchmarks.harness.Proc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The upload contenders and how each one is started as a process of its own. */
final class UploadContenders {
    static final String OURS = "ours (S3Transfers)";
    static final String CEILING = "server ceiling (curl PUT)";
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    /** One contender: its name, the settings it ran with, why it cannot run here (if so), and one run. */
    interface Contender {
        String name();

        String settings();

        Optional<String> unavailable();

        Proc.Result run(Path file, String key) throws IOException, InterruptedException;
    }

    private record Simple(String name, String settings, Optional<String> unavailable, Runner runner)
            implements Contender {
        @Override
        public Proc.Result run(Path file, String key) throws IOException, InterruptedException {
            return runner.run(file, key);
        }
    }

    @FunctionalInterface
    private interface Runner {
        Proc.Result run(Path file, String key) throws IOException, InterruptedException;
    }

    private final Knobs knobs;
    private final String bucket;
    private final Function<String, String> presignedPut;
    private final Path awsConfig;

    UploadContenders(Knobs knobs, String bucket, Path workDir, Function<String, String> presignedPut)
            throws IOException {
        this.knobs = knobs;
        this.bucket = bucket;
        this.presignedPut = presignedPut;
        this.awsConfig = workDir.resolve("aws-config");
        Files.writeString(awsConfig, awsCliConfig(knobs), StandardCharsets.UTF_8);
    }

    /** The AWS CLI's settings: same concurrency and part size as the others, path-style addressing. */
    static String awsCliConfig(Knobs knobs) {
        return "[default]\n"
                + "region = " + knobs.region() + "\n"
                + "s3 =\n"
                + "  max_concurrent_requests = " + knobs.concurrency() + "\n"
                + "  multipart_chunksize = " + knobs.partSizeMib() + "MB\n"
                + "  multipart_threshold = " + knobs.partSizeMib() + "MB\n"
                + "  addressing_style = path\n";
    }

    /** Every contender, in the order they take turns; PutObject only where one request may carry it. */
    List<Contender> all(boolean singlePutFits) {
        String parallel = knobs.concurrency() + " in flight, " + knobs.partSizeMib() + " MiB parts";
        List<Contender> all = new ArrayList<>();
        all.add(java(OURS, "ours", List.of(), parallel));
        all.add(java("ours, -Xmx256m", "ours", List.of("-Xmx256m"), parallel + ", heap capped at 256 MiB"));
        all.add(cli(parallel));
        all.add(java("SDK TransferManager (CRT)", "tm-crt", List.of(), parallel + " (maxConcurrency)"));
        all.add(java("SDK TransferManager (Java, Netty)", "tm-java", List.of(), parallel + " (Netty maxConcurrency)"));
        all.add(awsCli());
        all.add(rclone());
        if (singlePutFits) {
            all.add(java("SDK PutObject (one request)", "put-object", List.of(), "1 request"));
        }
        all.add(curl());
        return all;
    }

    private Contender java(String name, String contender, List<String> jvmArgs, String settings) {
        return new Simple(
                name,
                settings,
                Optional.empty(),
                (file, key) -> Proc.run(
                        Fork.command(
                                jvmArgs,
                                UploadRun.class,
                                List.of(
                                        contender,
                                        file.toString(),
                                        bucket,
                                        key,
                                        Integer.toString(knobs.concurrency()),
                                        Integer.toString(knobs.partSizeMib()))),
                        Map.of(),
                        TIMEOUT));
    }

    /** Ours from the shell: the command-line jar's {@code upload} subcommand, heap capped. */
    private Contender cli(String parallel) {
        Optional<String> missing = cliUploadMissing();
        return new Simple("ours, CLI jar -Xmx256m", parallel + ", heap capped at 256 MiB", missing, (file, key) -> {
            List<String> command = new ArrayList<>(List.of(
                    Fork.java(),
                    "-Xmx256m",
                    "-jar",
                    knobs.cliJar().toString(),
                    "upload",
                    "--endpoint-url",
                    knobs.endpoint(),
                    "--region",
                    knobs.region(),
                    "--bucket",
                    bucket,
                    "--key",
                    key,
                    "--part-size",
                    knobs.partSizeMib() + "MiB",
                    "--concurrency",
                    Integer.toString(knobs.concurrency()),
                    file.toString()));
            return Proc.run(command, credentialsEnv(), TIMEOUT);
        });
    }

    private Optional<String> cliUploadMissing() {
        if (!Files.isRegularFile(knobs.cliJar())) {
            return Optional.of("no CLI jar at " + knobs.cliJar());
        }
        try {
            Proc.Result help = Proc.run(
                    List.of(Fork.java(), "-jar", knobs.cliJar().toString(), "--help"),
                    credentialsEnv(),
                    Duration.ofMinutes(1));
            return listsUpload(help.stdout() + help.stderr())
                    ? Optional.empty()
                    : Optional.of("the CLI jar has no upload subcommand yet");
        } catch (IOException e) {
            return Optional.of("cannot run the CLI jar: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** Whether the command line's help lists an {@code upload} subcommand. */
    static boolean listsUpload(String help) {
        return help.lines().anyMatch(line -> line.matches("\\s+upload(\\s.*)?"));
    }

    private Contender awsCli() {
        String cli = knobs.awsCli();
        Optional<String> missing = Proc.available(cli) ? Optional.empty() : Optional.of(cli + " not installed");
        String settings = "max_concurrent_requests " + knobs.concurrency() + ", multipart_chunksize "
                + knobs.partSizeMib() + "MB";
        return new Simple("AWS CLI (aws s3 cp)", settings, missing, (file, key) -> {
            Map<String, String> env = new java.util.HashMap<>(credentialsEnv());
            env.put("AWS_CONFIG_FILE", awsConfig.toString());
            env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
            return Proc.run(
                    List.of(
                            cli,
                            "--endpoint-url",
                            knobs.endpoint(),
                            "--only-show-errors",
                            "s3",
                            "cp",
                            file.toString(),
                            "s3://" + bucket + "/" + key),
                    env,
                    TIMEOUT);
        });
    }

    private Contender rclone() {
        String rclone = knobs.rclone();
        Optional<String> missing = Proc.available(rclone) ? Optional.empty() : Optional.of(rclone + " not installed");
        String settings =
                "--s3-upload-concurrency " + knobs.concurrency() + ", --s3-chunk-size " + knobs.partSizeMib() + "Mi";
        return new Simple(
                "rclone",
                settings,
                missing,
                (file, key) -> Proc.run(
                        List.of(
                                rclone,
                                "copyto",
                                file.toString(),
                                "ls:" + bucket + "/" + key,
                                "--s3-upload-concurrency",
                                Integer.toString(knobs.concurrency()),
                                "--s3-chunk-size",
                                knobs.partSizeMib() + "Mi",
                                "--s3-upload-cutoff",
                                knobs.partSizeMib() + "Mi"),
                        rcloneEnv(knobs),
                        RCLONE_UNSET,
                        TIMEOUT));
    }

    /**
     * The AWS SDK for Go inside rclone fails on a custom CA bundle with its own HTTP transport ("unsupported
     * transport"); LocalStack is plain HTTP, so rclone gets none.
     */
    static final List<String> RCLONE_UNSET = List.of("AWS_CA_BUNDLE");

    /** An rclone remote named {@code ls} from environment variables alone, so no file in $HOME is needed. */
    static Map<String, String> rcloneEnv(Knobs knobs) {
        return Map.of(
                "RCLONE_CONFIG_LS_TYPE", "s3",
                "RCLONE_CONFIG_LS_PROVIDER", "Other",
                "RCLONE_CONFIG_LS_ENDPOINT", knobs.endpoint(),
                "RCLONE_CONFIG_LS_ACCESS_KEY_ID", "test",
                "RCLONE_CONFIG_LS_SECRET_ACCESS_KEY", "test",
                "RCLONE_CONFIG_LS_REGION", knobs.region(),
                "RCLONE_CONFIG_LS_FORCE_PATH_STYLE", "true",
                "RCLONE_CONFIG", "/dev/null");
    }

    private Contender curl() {
        Optional<String> missing = Proc.available("curl") ? Optional.empty() : Optional.of("curl not installed");
        return new Simple(
                CEILING,
                "1 request to a presigned PUT URL",
                missing,
                (file, key) -> Proc.run(
                        List.of(
                                "curl",
                                "-sS",
                                "--fail",
                                "-o",
                                "/dev/null",
                                "-H",
                                "Expect:",
                                "--upload-file",
                                file.toString(),
                                presignedPut.apply(key)),
                        Map.of(),
                        TIMEOUT));
    }

    private Map<String, String> credentialsEnv() {
        return Map.of(
                "AWS_ACCESS_KEY_ID",
                "test",
                "AWS_SECRET_ACCESS_KEY",
                "test",
                "AWS_REGION",
                knobs.region(),
                "AWS_DEFAULT_REGION",
                knobs.region());
    }
}
