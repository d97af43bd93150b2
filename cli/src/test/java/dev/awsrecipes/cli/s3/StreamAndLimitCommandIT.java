package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.SmallDisk;
import dev.awsrecipes.testing.TestFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upload -} from stdin, {@code --max-bandwidth} on upload, download and upload-tree, and what a
 * download stopped by a full disk (a small tmpfs: the kernel's own ENOSPC) says on stderr: what it kept,
 * how big, the exact resume command (which then works) and the clean-up command.
 */
class StreamAndLimitCommandIT {
    private static final long MIB = 1024L * 1024;

    @TempDir
    Path dir;

    @S3ServerTest
    void upload_fromStdin_storesEveryByteInPartsAndLeavesNoUpload(S3Server server) throws Exception {
        Path source = TestFiles.random(dir.resolve("source.bin"), 14 * MIB + 5, 71);
        try (UploadCli cli = new UploadCli(server);
                InputStream stdin = Files.newInputStream(source)) {
            CliResult r = withStdin(
                    server,
                    stdin,
                    "upload",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "piped/a b+c.bin",
                    "-",
                    "--part-size",
                    "5MiB",
                    "--json");

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.json().get("bytes").asLong()).isEqualTo(14 * MIB + 5);
            assertThat(r.json().get("parts").asInt())
                    .as("6 MiB, 6 MiB, the rest")
                    .isEqualTo(3);
            assertThat(cli.objectSha256("piped/a b+c.bin")).isEqualTo(TestFiles.sha256(source));
            assertThat(cli.openUploads()).isZero();
        }
    }

    @S3ServerTest
    void upload_fromStdinWithResume_exits2NamingTheOption(S3Server server) {
        CliResult r = withStdin(
                server,
                InputStream.nullInputStream(),
                "upload",
                "--bucket",
                "some-bucket",
                "--key",
                "k",
                "-",
                "--resume");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("--resume").contains("cannot be resumed");
    }

    @S3ServerTest
    void upload_stdinWithAbort_abortsTheKeysUnfinishedUploads(S3Server server) {
        try (UploadCli cli = new UploadCli(server)) {
            String left = cli.s3
                    .createMultipartUpload(r -> r.bucket(cli.bucket).key("piped.bin"))
                    .uploadId();

            CliResult r = withStdin(
                    server,
                    InputStream.nullInputStream(),
                    "upload",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "piped.bin",
                    "-",
                    "--abort",
                    "--json");

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.json().get("aborted").get(0).asText()).isEqualTo(left);
            assertThat(cli.openUploads()).isZero();
        }
    }

    @S3ServerTest
    void maxBandwidth_holdsUploadDownloadAndTreeToTheRate(S3Server server) throws Exception {
        Path source = TestFiles.random(dir.resolve("source.bin"), 3 * MIB, 72);
        Path tree = Files.createDirectories(dir.resolve("tree"));
        TestFiles.random(tree.resolve("one.bin"), 3 * MIB / 2, 73);
        TestFiles.random(tree.resolve("two.bin"), 3 * MIB / 2, 74);
        Duration least = Duration.ofMillis(2_900); // 3 MiB at 1 MiB/s, less the clocks' slack
        try (UploadCli cli = new UploadCli(server)) {
            long start = System.nanoTime();
            CliResult up = cli.run(
                    "upload",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "s.bin",
                    source.toString(),
                    "--max-bandwidth",
                    "1MiB",
                    "--state-dir",
                    dir.resolve("state").toString());
            Duration upTime = since(start);
            start = System.nanoTime();
            CliResult down = cli.run(
                    "download",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "s.bin",
                    dir.resolve("copy.bin").toString(),
                    "--part-size",
                    "1MiB",
                    "--max-bandwidth",
                    "1MiB");
            Duration downTime = since(start);
            start = System.nanoTime();
            CliResult treeUp = cli.run(
                    "upload-tree", "--bucket", cli.bucket, "--prefix", "t", tree.toString(), "--max-bandwidth", "1MiB");
            Duration treeTime = since(start);

            assertThat(up.exitCode()).as(up.err()).isZero();
            assertThat(down.exitCode()).as(down.err()).isZero();
            assertThat(treeUp.exitCode()).as(treeUp.err()).isZero();
            assertThat(upTime).as("upload").isGreaterThanOrEqualTo(least);
            assertThat(downTime).as("download").isGreaterThanOrEqualTo(least);
            assertThat(treeTime).as("upload-tree, both files together").isGreaterThanOrEqualTo(least);
            assertThat(TestFiles.sha256(dir.resolve("copy.bin"))).isEqualTo(TestFiles.sha256(source));
        }
    }

    @S3ServerTest
    void download_diskFull_saysWhatItKeptAndTheResumeAndCleanUpCommands(S3Server server) throws Exception {
        Path source = TestFiles.random(dir.resolve("source.bin"), 6 * MIB + 3, 75);
        try (UploadCli cli = new UploadCli(server);
                SmallDisk disk = SmallDisk.of(Files.createDirectories(dir.resolve("disk")), 8 * MIB)) {
            cli.s3.putObject(
                    r -> r.bucket(cli.bucket).key("f.bin"),
                    software.amazon.awssdk.core.sync.RequestBody.fromFile(source));
            Path filler = TestFiles.random(disk.root().resolve("filler"), 4 * MIB, 76);
            Path target = disk.root().resolve("f.bin");

            CliResult full = cli.run(
                    "download",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "f.bin",
                    target.toString(),
                    "--part-size",
                    "1MiB",
                    "--concurrency",
                    "2",
                    "--quiet");

            assertThat(full.exitCode()).isEqualTo(1);
            List<String> lines =
                    full.errLines().stream().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as(full.err()).hasSize(3);
            assertThat(lines.get(0))
                    .startsWith("kept beside " + target + " for a resume: .f.bin.aws-recipes-download ")
                    .contains(".f.bin.aws-recipes-download.state ")
                    .contains(".f.bin.aws-recipes-download.state.done ")
                    .contains(" MiB in all); free space, then resume: aws-recipes download --bucket " + cli.bucket);
            String clean = lines.get(1);
            assertThat(clean).startsWith("  or free their space: rm -f -- ");
            for (String path : clean.substring(clean.indexOf("-- ") + 3).split(" ")) {
                assertThat(Path.of(path)).as("named for rm").exists();
            }
            assertThat(lines.get(2)).startsWith("download: ").contains("No space left on device");

            Files.delete(filler);
            String resume = lines.get(0).substring(lines.get(0).indexOf("then resume: aws-recipes ") + 25);
            assertThat(resume).doesNotContain("'").endsWith("--resume");
            CliResult resumed = CliRun.withEnvironment(Environment.of(server.cliEnvironment()), resume.split(" "));

            assertThat(resumed.exitCode()).as(resumed.err()).isZero();
            assertThat(resumed.out()).contains("kept from the interrupted download");
            assertThat(TestFiles.sha256(target)).isEqualTo(TestFiles.sha256(source));
            assertThat(names(disk.root())).containsExactly("f.bin");
        }
    }

    @S3ServerTest
    void download_diskFullBeforeAnyRange_saysItRemovedThePartialFiles(S3Server server) throws Exception {
        try (UploadCli cli = new UploadCli(server);
                SmallDisk disk = SmallDisk.of(Files.createDirectories(dir.resolve("disk")), MIB / 2)) {
            cli.s3.putObject(
                    r -> r.bucket(cli.bucket).key("g.bin"),
                    software.amazon.awssdk.core.sync.RequestBody.fromBytes(new byte[2 * (int) MIB]));

            CliResult full = cli.run(
                    "download",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "g.bin",
                    disk.root().resolve("g.bin").toString(),
                    "--part-size",
                    "2MiB",
                    "--quiet");

            assertThat(full.exitCode()).isEqualTo(1);
            assertThat(full.errLines().stream().filter(l -> !l.isBlank()))
                    .as(full.err())
                    .hasSize(2)
                    .first()
                    .asString()
                    .startsWith("removed the partial download beside ");
            assertThat(names(disk.root())).isEmpty();
        }
    }

    private static CliResult withStdin(S3Server server, InputStream stdin, String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--endpoint-url");
        all.add(server.endpoint().toString());
        return CliRun.withInput(Environment.of(server.cliEnvironment()), stdin, all.toArray(String[]::new));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static List<String> names(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
