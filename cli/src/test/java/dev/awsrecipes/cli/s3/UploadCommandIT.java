package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.JarProcess;
import dev.awsrecipes.cli.SlowRequests;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

class UploadCommandIT {
    private static final long MIB = 1024L * 1024;

    @TempDir
    Path dir;

    @S3ServerTest
    void upload_json_printsTheContractFieldsAndTheObjectDownloadsByteIdentical(S3Server server) throws Exception {
        Path file = TestFiles.random(dir.resolve("data.bin"), 23 * MIB + 5, 31);
        try (UploadCli cli = new UploadCli(server)) {
            CliResult result = cli.run(
                    "upload",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "cli/data.bin",
                    file.toString(),
                    "--part-size",
                    "5MiB",
                    "--concurrency",
                    "3",
                    "--state-dir",
                    dir.resolve("state").toString(),
                    "--json");

            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode json = result.json();
            assertThat(json.properties())
                    .extracting(Map.Entry::getKey)
                    .containsExactly("bucket", "key", "bytes", "etag", "parts", "checksum");
            assertThat(json.get("checksum").get("algorithm").asText()).isEqualTo("CRC32C");
            assertThat(json.get("checksum").get("type").asText()).isEqualTo("COMPOSITE");
            assertThat(json.get("checksum").get("value").asText())
                    .isEqualTo(cli.s3
                            .headObject(r -> r.bucket(cli.bucket)
                                    .key("cli/data.bin")
                                    .checksumMode(software.amazon.awssdk.services.s3.model.ChecksumMode.ENABLED))
                            .checksumCRC32C());
            assertThat(json.get("bytes").asLong()).isEqualTo(23 * MIB + 5);
            assertThat(json.get("parts").asInt()).isEqualTo(5);
            assertThat(json.get("etag").asText())
                    .isEqualTo(cli.s3
                            .headObject(r -> r.bucket(cli.bucket).key("cli/data.bin"))
                            .eTag());
            assertThat(result.err())
                    .as("the progress bar on stderr")
                    .contains("upload")
                    .contains("5/5 parts");
            assertThat(cli.objectSha256("cli/data.bin")).isEqualTo(TestFiles.sha256(file));
            assertThat(cli.openUploads()).isZero();
        }
    }

    @S3ServerTest
    void upload_badInput_exitsNonZeroWithOneLineNamingTheProblemAndLeavesNothing(S3Server server) throws Exception {
        Path file = TestFiles.random(dir.resolve("f.bin"), 6 * MIB, 32);
        String missingBucket = LocalStack.uniqueName("s3b-missing");
        try (UploadCli cli = new UploadCli(server)) {
            CliResult smallParts =
                    cli.run("upload", "--bucket", cli.bucket, "--key", "k", file.toString(), "--part-size", "4MiB");
            CliResult noFile = cli.run(
                    "upload",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "k",
                    dir.resolve("nope.bin").toString());
            CliResult noBucket =
                    cli.run("upload", "--bucket", missingBucket, "--key", "k", file.toString(), "--part-size", "5MiB");

            assertThat(smallParts.exitCode()).isEqualTo(2);
            assertThat(smallParts.errLines())
                    .singleElement()
                    .asString()
                    .contains("partSize")
                    .contains("5 MiB");
            assertThat(noFile.exitCode()).isEqualTo(2);
            assertThat(noFile.errLines()).singleElement().asString().contains("nope.bin does not exist");
            assertThat(noBucket.exitCode()).isEqualTo(1);
            assertThat(noBucket.errLines())
                    .singleElement()
                    .asString()
                    .contains("NoSuchBucket")
                    .contains("does not exist");
            assertThat(cli.openUploads()).isZero();
            assertThat(cli.objects()).isZero();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> cli.s3.headBucket(r -> r.bucket(missingBucket)))
                    .isInstanceOfAny(NoSuchBucketException.class, S3Exception.class);
        }
    }

    @S3ServerTest
    void upload_processKilledMidway_resumeSendsTheRestAndIsByteIdentical(S3Server server) throws Exception {
        Path file = TestFiles.random(dir.resolve("resume.bin"), 38 * MIB, 33);
        Path state = dir.resolve("state");
        try (UploadCli cli = new UploadCli(server)) {
            Process child = jar(
                    server,
                    List.of(SlowRequests.javaOption(UploadPartRequest.class, 500)),
                    "upload",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "resume.bin",
                    file.toString(),
                    "--part-size",
                    "5MiB",
                    "--concurrency",
                    "2",
                    "--state-dir",
                    state.toString());
            int stored = 0;
            try {
                stored = waitForStoredParts(cli, "resume.bin", 2);
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(stored).isBetween(2, 7);

            CliResult resumed = cli.run(
                    "upload",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "resume.bin",
                    file.toString(),
                    "--part-size",
                    "5MiB",
                    "--state-dir",
                    state.toString(),
                    "--resume");

            assertThat(resumed.exitCode()).as(resumed.err()).isZero();
            assertThat(resumed.out()).contains("in 8 part(s)").contains("kept from the interrupted upload");
            assertThat(cli.objectSha256("resume.bin")).isEqualTo(TestFiles.sha256(file));
            assertThat(cli.openUploads()).isZero();
        }
    }

    @S3ServerTest
    void upload_heapCappedAt256MiB_uploads300MiBByteIdentical(S3Server server) throws Exception {
        Path file = TestFiles.random(dir.resolve("large.bin"), 300 * MIB, 34);
        try (UploadCli cli = new UploadCli(server)) {
            Process child = jar(
                    server,
                    List.of("-Xmx256m"),
                    "upload",
                    "--bucket",
                    cli.bucket,
                    "--key",
                    "large.bin",
                    file.toString(),
                    "--state-dir",
                    dir.resolve("state").toString(),
                    "--json");
            String out = new String(child.getInputStream().readAllBytes());
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

            assertThat(child.exitValue()).as(out).isZero();
            assertThat(out).contains("\"parts\" : 38");
            assertThat(cli.objectSha256("large.bin")).isEqualTo(TestFiles.sha256(file));
            assertThat(cli.openUploads()).isZero();
        }
    }

    /** Polls ListParts (bounded, one minute) until the interrupted upload holds at least {@code parts} parts. */
    private static int waitForStoredParts(UploadCli cli, String key, int parts) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            var uploads = cli.s3.listMultipartUploads(r -> r.bucket(cli.bucket)).uploads();
            if (!uploads.isEmpty()) {
                int stored = cli.s3
                        .listParts(r -> r.bucket(cli.bucket)
                                .key(key)
                                .uploadId(uploads.get(0).uploadId()))
                        .parts()
                        .size();
                if (stored >= parts) {
                    return stored;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the child never stored " + parts + " parts");
    }

    /** Starts the built jar against the server, stderr dropped. */
    private static Process jar(S3Server server, List<String> jvmArgs, String... args) throws Exception {
        return JarProcess.start(server, jvmArgs, ProcessBuilder.Redirect.DISCARD, args);
    }
}
