package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.JarProcess;
import dev.awsrecipes.cli.SlowRequests;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/** {@code aws-recipes download} end to end: the real jar for stdout and kills, in-process otherwise. */
class DownloadCommandIT {
    private static final long MIB = 1024L * 1024;

    @TempDir
    Path dir;

    @S3ServerTest
    void download_toFileWithJson_printsTheResultAndTheFileIsByteIdentical(S3Server server) throws Exception {
        Path source = TestFiles.random(dir.resolve("source.bin"), 13 * MIB + 9, 41);
        try (UploadCli cli = new UploadCli(server)) {
            upload(cli, source, "a.bin");
            Path target = dir.resolve("a.bin");

            CliResult r = cli.run(
                    "download",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "a.bin",
                    target.toString(),
                    "--part-size",
                    "2MiB",
                    "--json");

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.fieldNames()).containsExactly("bucket", "key", "bytes", "file", "parts", "checksum");
            JsonNode json = r.json();
            assertThat(json.get("bytes").asLong()).isEqualTo(13 * MIB + 9);
            assertThat(json.get("file").asText())
                    .isEqualTo(target.toAbsolutePath().toString());
            assertThat(json.get("parts").asInt()).isEqualTo(3 + 3 + 2);
            JsonNode checksum = json.get("checksum");
            assertThat(checksum.get("algorithm").asText()).isEqualTo("CRC32C");
            assertThat(checksum.get("type").asText()).isEqualTo("COMPOSITE");
            assertThat(checksum.get("value").asText()).endsWith("-3");
            assertThat(checksum.get("verified").asBoolean()).isTrue();
            assertThat(TestFiles.sha256(target)).isEqualTo(TestFiles.sha256(source));
        }
    }

    /**
     * {@code upload --checksum-algorithm CRC64NVME} then {@code download --json}: the object carries only a
     * full-object CRC64NVME (sent by the upload, computed without the CRT), and the download says so.
     */
    @S3ServerTest
    void uploadWithCrc64nvme_thenDownload_jsonSaysCrc64nvmeFullObjectVerified(S3Server server) throws Exception {
        Path source = TestFiles.random(dir.resolve("source.bin"), 11 * MIB + 3, 43);
        try (UploadCli cli = new UploadCli(server)) {
            CliResult up = cli.run(
                    "upload",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "c.bin",
                    source.toString(),
                    "--part-size",
                    "5MiB",
                    "--checksum-algorithm",
                    "CRC64NVME",
                    "--state-dir",
                    dir.resolve("state").toString(),
                    "--json");
            assertThat(up.exitCode()).as(up.err()).isZero();
            JsonNode sent = up.json().get("checksum");
            assertThat(sent.get("algorithm").asText()).isEqualTo("CRC64NVME");
            assertThat(sent.get("type").asText()).isEqualTo("FULL_OBJECT");
            assertThat(up.json().get("parts").asInt()).isEqualTo(3);
            String stored = cli.s3
                    .headObject(r -> r.bucket(cli.bucket)
                            .key("c.bin")
                            .checksumMode(software.amazon.awssdk.services.s3.model.ChecksumMode.ENABLED))
                    .checksumCRC64NVME();
            assertThat(sent.get("value").asText()).isEqualTo(stored);

            CliResult down = cli.run(
                    "download",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "c.bin",
                    dir.resolve("c.bin").toString(),
                    "--json");

            assertThat(down.exitCode()).as(down.err()).isZero();
            assertThat(down.json().get("checksum").toString())
                    .isEqualTo("{\"algorithm\":\"CRC64NVME\",\"type\":\"FULL_OBJECT\",\"value\":\"" + stored
                            + "\",\"verified\":true}");
            assertThat(TestFiles.sha256(dir.resolve("c.bin"))).isEqualTo(TestFiles.sha256(source));
        }
    }

    @S3ServerTest
    void download_toStdout_isByteExactWithASmallHeap_andTheSummaryGoesToStderr(S3Server server) throws Exception {
        Path source = TestFiles.random(dir.resolve("source.bin"), 100 * MIB + 5, 42);
        try (UploadCli cli = new UploadCli(server)) {
            upload(cli, source, "big.bin");
            Path err = dir.resolve("stderr.txt");

            Process child = jar(
                    server,
                    List.of("-Xmx48m"),
                    err,
                    "download",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "big.bin",
                    "-",
                    "--concurrency",
                    "2",
                    "--json");
            String stdoutSha;
            try (InputStream out = child.getInputStream()) {
                stdoutSha = TestFiles.sha256(out);
            }
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

            String stderr = Files.readString(err);
            assertThat(child.exitValue()).as(stderr).isZero();
            assertThat(stdoutSha)
                    .as("stdout carries exactly the object's bytes")
                    .isEqualTo(TestFiles.sha256(source));
            assertThat(stderr).contains("\"file\" : \"-\"").contains("\"bytes\" : " + (100 * MIB + 5));
        }
    }

    @S3ServerTest
    void download_existingFile_exits2WithOneLine_andOverwriteReplacesIt(S3Server server) throws Exception {
        try (UploadCli cli = new UploadCli(server)) {
            cli.s3.putObject(
                    r -> r.bucket(cli.bucket).key("k.txt"),
                    software.amazon.awssdk.core.sync.RequestBody.fromString("new"));
            Path target = Files.writeString(dir.resolve("k.txt"), "keep me");

            CliResult refused = cli.run("download", "--bucket", cli.bucket, "--key", "k.txt", target.toString());
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.errLines())
                    .singleElement()
                    .asString()
                    .contains("exists")
                    .contains("--overwrite");
            assertThat(target).hasContent("keep me");

            CliResult replaced =
                    cli.run("download", "--bucket", cli.bucket, "--key", "k.txt", target.toString(), "--overwrite");
            assertThat(replaced.exitCode()).as(replaced.err()).isZero();
            assertThat(target).hasContent("new");
        }
    }

    @S3ServerTest
    void download_badInput_exits2BeforeAnyCall(S3Server server) throws Exception {
        try (UploadCli cli = new UploadCli(server)) {
            String missing = "no-such-bucket-" + cli.bucket.substring(4);
            CliResult smallPart = cli.run(
                    "download",
                    "--bucket",
                    missing,
                    "--key",
                    "k",
                    dir.resolve("x").toString(),
                    "--part-size",
                    "64KiB");
            CliResult resumeStdout = cli.run("download", "--bucket", missing, "--key", "k", "-", "--resume");
            CliResult noDirectory = cli.run(
                    "download",
                    "--bucket",
                    missing,
                    "--key",
                    "k",
                    dir.resolve("no/such/dir/x").toString());

            assertThat(smallPart.exitCode()).isEqualTo(2);
            assertThat(smallPart.errLines()).singleElement().asString().contains("--part-size");
            assertThat(resumeStdout.exitCode()).isEqualTo(2);
            assertThat(resumeStdout.errLines()).singleElement().asString().contains("stream");
            assertThat(noDirectory.exitCode()).isEqualTo(2);
            assertThat(noDirectory.errLines()).singleElement().asString().contains("does not exist");
        }
    }

    @S3ServerTest
    void download_missingObject_exits1WithOneLine(S3Server server) {
        try (UploadCli cli = new UploadCli(server)) {
            CliResult r = cli.run(
                    "download",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "nothing-here",
                    dir.resolve("n").toString());

            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.errLines()).singleElement().asString().contains("does not exist");
            assertThat(dir.resolve("n")).doesNotExist();
        }
    }

    @S3ServerTest
    void download_killedThenResumed_keepsWhatWasWrittenAndIsByteIdentical(S3Server server) throws Exception {
        Path source = TestFiles.random(dir.resolve("source.bin"), 16 * MIB, 43);
        try (UploadCli cli = new UploadCli(server)) {
            upload(cli, source, "r.bin");
            Path target = dir.resolve("r.bin");
            Path journal = dir.resolve(".r.bin.aws-recipes-download.state.done");

            Process child = jar(
                    server,
                    List.of(SlowRequests.javaOption(GetObjectRequest.class, 300)),
                    null,
                    "download",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "r.bin",
                    target.toString(),
                    "--part-size",
                    "1MiB",
                    "--concurrency",
                    "2");
            int done = waitForDoneRanges(journal, 4);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(target).doesNotExist();

            CliResult resumed = cli.run(
                    "download",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "r.bin",
                    target.toString(),
                    "--part-size",
                    "1MiB",
                    "--resume");

            assertThat(resumed.exitCode()).as(resumed.err()).isZero();
            assertThat(resumed.out()).contains("kept from the interrupted download");
            assertThat(keptIn(resumed.out())).isGreaterThanOrEqualTo(done);
            assertThat(TestFiles.sha256(target)).isEqualTo(TestFiles.sha256(source));
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("source.bin", "r.bin");
            }
        }
    }

    private static void upload(UploadCli cli, Path source, String key) {
        S3Transfers.using(cli.aws)
                .upload(u -> u.bucket(cli.bucket).key(key).file(source).partSize(5 * MIB));
    }

    /** The number in "(N kept from the interrupted download)". */
    private static int keptIn(String text) {
        int end = text.indexOf(" kept from the interrupted download");
        int start = text.lastIndexOf('(', end);
        return Integer.parseInt(text.substring(start + 1, end));
    }

    /** Polls the download's journal (bounded, one minute) until it lists at least {@code ranges} written ranges. */
    private static int waitForDoneRanges(Path journal, int ranges) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            if (Files.exists(journal)) {
                long count = Files.readAllLines(journal, StandardCharsets.US_ASCII).stream()
                        .filter(l -> l.matches("\\d+:[0-9a-f]+"))
                        .count();
                if (count >= ranges) {
                    return (int) count;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the child never wrote " + ranges + " ranges");
    }

    /** Starts the built jar against the server; stderr to a file, or dropped when {@code stderr} is null. */
    private static Process jar(S3Server server, List<String> jvmArgs, Path stderr, String... args) throws Exception {
        return JarProcess.start(
                server,
                jvmArgs,
                stderr == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stderr.toFile()),
                args);
    }
}
