package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import dev.awsrecipes.testing.ScratchBucket;
import dev.awsrecipes.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The built command line as cron, a pipe and a terminal run it: bin/aws-recipes (or java -jar) in a
 * process of its own, checked through the SDK, a second client.
 */
@ExtendWith(LocalStackExtension.class)
class ShellIT {
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path work;

    private LocalStack localStack;
    private Aws aws;
    private ScratchBucket scratch;
    private S3Client s3;
    private Launcher launcher;
    private String bucket;

    @BeforeEach
    void bucket(LocalStack localStack) {
        this.localStack = localStack;
        this.launcher = new Launcher(localStack, work);
        this.aws = localStack.session();
        this.s3 = aws.client(S3Recipes.S3);
        this.scratch = ScratchBucket.create(s3, "shell");
        this.bucket = scratch.name();
    }

    @AfterEach
    void removeBucket() {
        try (Aws session = aws) {
            scratch.close();
        }
    }

    private List<String> keys() {
        return s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().stream()
                .map(S3Object::key)
                .sorted()
                .toList();
    }

    @Test
    void localeC_keysAndFileNames_roundTripExactly_throughTheLauncher() throws Exception {
        Path tree = Files.createDirectories(work.resolve("tree"));
        // Two names that LANG=C would both turn into "donn??es.txt", and one outside the BMP.
        Files.writeString(tree.resolve("données.txt"), "acute");
        Files.writeString(tree.resolve("donnèes.txt"), "grave");
        Files.writeString(tree.resolve("日本語.txt"), "nihongo");
        Files.writeString(tree.resolve("🎉.txt"), "party");
        Path single = Files.writeString(work.resolve("résumé 🎉.txt"), "single");

        Launcher.Finished put = launcher.run(launcher.launcher(
                Launcher.LOCALE_C, List.of(), "put-object", "--bucket", bucket, "--key", "日本語.txt", "--text", "x"));
        Launcher.Finished upload = launcher.run(launcher.launcher(
                Launcher.LOCALE_C,
                List.of(),
                "upload",
                "--bucket",
                bucket,
                "--key",
                "up/résumé 🎉.txt",
                single.toString()));
        Launcher.Finished uploadTree = launcher.run(launcher.launcher(
                Launcher.LOCALE_C, List.of(), "upload-tree", "--bucket", bucket, "--prefix", "tree", "tree"));
        Launcher.Finished get = launcher.run(launcher.launcher(
                Launcher.LOCALE_C,
                List.of(),
                "get-object",
                "--bucket",
                bucket,
                "--key",
                "tree/日本語.txt",
                "--output",
                "back-日本語.txt"));

        for (Launcher.Finished f : List.of(put, upload, uploadTree, get)) {
            assertThat(f.exitCode()).as(f.err()).isZero();
        }
        assertThat(keys())
                .containsExactly(
                        "tree/donnèes.txt",
                        "tree/données.txt",
                        "tree/日本語.txt",
                        "tree/🎉.txt",
                        "up/résumé 🎉.txt",
                        "日本語.txt");
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("tree/données.txt"))
                        .asUtf8String())
                .isEqualTo("acute");
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("tree/donnèes.txt"))
                        .asUtf8String())
                .isEqualTo("grave");
        assertThat(work.resolve("back-日本語.txt")).hasContent("nihongo");
        assertThat(uploadTree.outText()).contains("s3://" + bucket + "/tree/🎉.txt");
    }

    @Test
    void localeC_javaJarWithoutTheLauncher_refusesTheMangledKey_insteadOfStoringAnother() throws Exception {
        Launcher.Finished put = launcher.run(launcher.javaJar(
                Launcher.LOCALE_C, "put-object", "--bucket", bucket, "--key", "日本語.txt", "--text", "x"));

        assertThat(put.exitCode()).isEqualTo(AwsRecipesCli.BAD_INPUT);
        assertThat(put.err().lines().toList()).singleElement().asString().contains("LC_ALL=C.UTF-8");
        assertThat(keys()).isEmpty();
    }

    @Test
    void localeC_javaJarWithoutTheLauncher_refusesFileNamesItCannotDecode_andUploadsTheRest() throws Exception {
        Path tree = Files.createDirectories(work.resolve("mixed"));
        Files.writeString(tree.resolve("données.txt"), "acute");
        Files.writeString(tree.resolve("plain.txt"), "plain");

        Launcher.Finished upload = launcher.run(
                launcher.javaJar(Launcher.LOCALE_C, "upload-tree", "--bucket", bucket, "--prefix", "t", "mixed"));

        assertThat(upload.exitCode()).as(upload.err()).isEqualTo(AwsRecipesCli.FAILED);
        assertThat(upload.err()).contains("failed mixed/donn").contains("has bytes the JVM cannot decode");
        assertThat(keys()).as("no key under a name the file does not have").containsExactly("t/plain.txt");
    }

    @Test
    void getObject_toStdout_isByteExact_andStreamedThroughASmallHeap() throws Exception {
        // 96 MiB through a 32 MiB heap: reading the object whole (as before, as text) cannot fit.
        Path random = TestFiles.random(work.resolve("random.bin"), 96 * MIB, 7);
        s3.putObject(r -> r.bucket(bucket).key("random.bin"), RequestBody.fromFile(random));

        ProcessBuilder get = launcher.launcher(
                Map.of(), List.of("-Xmx32m"), "get-object", "--bucket", bucket, "--key", "random.bin");
        get.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = get.start();
        String streamed = TestFiles.sha256(process.getInputStream());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(streamed).isEqualTo(TestFiles.sha256(Files.newInputStream(random)));
    }

    @Test
    void getObject_toAFullDevice_isNamedAsLocal_andNotRetried() throws Exception {
        s3.putObject(r -> r.bucket(bucket).key("k"), RequestBody.fromBytes(new byte[256 * 1024]));

        ProcessBuilder get = launcher.launcher(Map.of(), List.of(), "get-object", "--bucket", bucket, "--key", "k");
        get.redirectOutput(Launcher.devFull());
        Launcher.Finished full = launcher.run(get);

        assertThat(full.exitCode()).isEqualTo(AwsRecipesCli.FAILED);
        assertThat(full.err().lines().toList())
                .singleElement()
                .asString()
                .isEqualTo("get-object: no space left on device writing stdout (a local failure; nothing was retried)");

        ProcessBuilder wire =
                launcher.launcher(Map.of(), List.of(), "get-object", "--bucket", bucket, "--key", "k", "--debug");
        wire.redirectOutput(Launcher.devFull());
        Launcher.Finished logged = launcher.run(wire);
        assertThat(logged.err().lines().filter(l -> l.contains("--> S3.GetObject GET ")))
                .as("one GetObject, not four")
                .hasSize(1);
    }

    @Test
    void progress_isLinesInAFile_aBarOnATerminal_andNothingWhenQuiet_andTheLibraryLogOnlyWhenAsked() throws Exception {
        Path file = TestFiles.random(work.resolve("eleven.bin"), 11 * MIB, 11);
        Path state = work.resolve("state");
        String[] upload = {
            "upload",
            "--bucket",
            bucket,
            "--key",
            "eleven.bin",
            file.toString(),
            "--part-size",
            "5MiB",
            "--state-dir",
            state.toString()
        };

        // A damaged state file with no upload behind it makes the library log a WARN, which the CLI keeps
        // off stderr unless asked (it used to land in the middle of the progress bar).
        damagedStateFile(state, file, "eleven.bin");
        Launcher.Finished toFile = launcher.run(launcher.launcher(Map.of(), List.of(), upload));
        Launcher.Finished quiet = launcher.run(launcher.launcher(Map.of(), List.of(), append(upload, "--quiet")));
        damagedStateFile(state, file, "eleven.bin");
        Launcher.Finished verbose = launcher.run(launcher.launcher(Map.of(), List.of(), append(upload, "--verbose")));
        Launcher.Finished terminal = onATerminal(upload);

        assertThat(toFile.exitCode()).as(toFile.err()).isZero();
        assertThat(toFile.err())
                .doesNotContain("\r")
                .contains("upload: 0.0 of 11.0 MiB (0%), 0/3 parts")
                .contains("upload: 11.0 of 11.0 MiB (100%), 3/3 parts")
                .doesNotContain("INFO", "WARN", "MultipartUploader");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(verbose.err())
                .contains("WARN dev.awsrecipes.s3.internal.MultipartUploader - upload state ")
                .contains("INFO dev.awsrecipes.s3.internal.MultipartUploader - started upload");
        assertThat(terminal.exitCode()).as(terminal.err()).isZero();
        assertThat(terminal.err()).contains("\rupload 100% [").contains("3/3 parts");
    }

    @Test
    void globalOptions_beforeTheCommand_areHonouredLikeAfterIt() {
        String other = LocalStack.uniqueName("shell-before");
        dev.awsrecipes.core.Environment env =
                dev.awsrecipes.core.Environment.of(CliRun.environment(localStack, LocalStack.DEFAULT_ACCESS_KEY));
        try {
            CliResult before = CliRun.withEnvironment(
                    env,
                    "--endpoint-url",
                    localStack.endpoint().toString(),
                    "--json",
                    "create-bucket",
                    "--bucket",
                    other);
            CliResult mixed = CliRun.withEnvironment(
                    env,
                    "--json",
                    "object-info",
                    "--bucket",
                    other,
                    "--key",
                    "none",
                    "--endpoint-url",
                    localStack.endpoint().toString());

            assertThat(before.exitCode()).as(before.err()).isZero();
            assertThat(before.json().get("bucket").asText()).isEqualTo(other);
            assertThat(s3.headBucket(r -> r.bucket(other)).sdkHttpResponse().isSuccessful())
                    .isTrue();
            assertThat(mixed.exitCode()).isEqualTo(AwsRecipesCli.FAILED);
            assertThat(mixed.errLines()).singleElement().asString().contains("NoSuchKey");
        } finally {
            s3.deleteBucket(r -> r.bucket(other));
        }
    }

    /** A state file, where the upload engine looks for this (file, bucket, key), that cannot be read. */
    private void damagedStateFile(Path directory, Path file, String key) throws Exception {
        String identity = file.toAbsolutePath().normalize() + "\n" + bucket + "\n" + key;
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".upload"), "size=eleven\n");
    }

    /** Runs the launcher under script(1), which gives it a pseudo-terminal for stdin, stdout and stderr. */
    private Launcher.Finished onATerminal(String... args) throws Exception {
        ProcessBuilder inner = launcher.launcher(Map.of(), List.of(), args);
        String line = ShellWords.line(inner.command()) + " > /dev/null";
        ProcessBuilder script = new ProcessBuilder("script", "-qfec", line, "/dev/null").directory(work.toFile());
        script.environment().clear();
        script.environment().putAll(inner.environment());
        script.environment().put("TERM", "xterm");
        // script(1) copies the terminal's output (stderr here) to its stdout.
        Launcher.Finished run = launcher.run(script);
        return new Launcher.Finished(run.exitCode(), new byte[0], run.outText());
    }

    private static String[] append(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
