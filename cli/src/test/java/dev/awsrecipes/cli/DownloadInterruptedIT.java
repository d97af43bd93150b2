package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import dev.awsrecipes.testing.ScratchBucket;
import dev.awsrecipes.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
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
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/** A download interrupted with Ctrl-C says what is kept and prints the command that finishes it. */
@ExtendWith(LocalStackExtension.class)
class DownloadInterruptedIT {
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path work;

    private LocalStack localStack;
    private Aws aws;
    private ScratchBucket scratch;
    private S3Client s3;
    private String bucket;

    @BeforeEach
    void bucket(LocalStack localStack) {
        this.localStack = localStack;
        this.aws = localStack.session();
        this.s3 = aws.client(S3Recipes.S3);
        this.scratch = ScratchBucket.create(s3, "dl-interrupted");
        this.bucket = scratch.name();
    }

    @AfterEach
    void removeBucket() {
        try (Aws session = aws) {
            scratch.close();
        }
    }

    @Test
    void ctrlC_saysWhatIsKept_andThePrintedResumeCommandFinishesTheFileByteForByte() throws Exception {
        Path source = TestFiles.random(work.resolve("source.bin"), 15 * MIB, 7);
        s3.putObject(r -> r.bucket(bucket).key("big file.bin"), RequestBody.fromFile(source));
        Path target = work.resolve("copy of big file.bin");
        Process child = new Launcher(localStack, work)
                .launcher(
                        Map.of(),
                        List.of(SlowRequests.javaOption(GetObjectRequest.class, 700)),
                        "download",
                        "--bucket",
                        bucket,
                        "--key",
                        "big file.bin",
                        target.toString(),
                        "--part-size",
                        "5MiB",
                        "--concurrency",
                        "1")
                .redirectError(work.resolve("interrupted.txt").toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path journal = work.resolve(".copy of big file.bin.aws-recipes-download.state.done");
        try {
            for (int i = 0; i < 600 && !(Files.exists(journal) && Files.size(journal) > 0); i++) {
                Thread.sleep(50);
            }
        } finally {
            // What Ctrl-C sends.
            new ProcessBuilder("kill", "-INT", Long.toString(child.pid()))
                    .start()
                    .waitFor();
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        String said = Files.readString(work.resolve("interrupted.txt"));

        assertThat(child.exitValue()).as(said).isEqualTo(130);
        assertThat(said).containsPattern("interrupted: [12] of 3 ranges \\(\\d+ of 15728640 bytes\\) are kept beside ");
        assertThat(target).doesNotExist();
        String resume = said.lines()
                .filter(l -> l.startsWith("  resume: aws-recipes download "))
                .findFirst()
                .orElseThrow()
                .substring("  resume: aws-recipes ".length());
        assertThat(resume)
                .isEqualTo("download --bucket " + bucket + " --key 'big file.bin' '" + target.toAbsolutePath()
                        + "' --part-size 5242880 --endpoint-url " + localStack.endpoint() + " --resume");

        // The printed command, run as it says (CliRun adds the endpoint itself).
        CliResult resumed = CliRun.asAccount(
                localStack,
                LocalStack.DEFAULT_ACCESS_KEY,
                List.of(
                                "download",
                                "--bucket",
                                bucket,
                                "--key",
                                "big file.bin",
                                target.toAbsolutePath().toString(),
                                "--part-size",
                                "5242880",
                                "--resume")
                        .toArray(String[]::new));

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("kept from the interrupted download");
        assertThat(Files.mismatch(target, source)).isEqualTo(-1L);
    }
}
