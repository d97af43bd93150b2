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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * An upload interrupted with Ctrl-C says what is left and how to resume or abort it; a damaged state
 * file does not orphan the upload it described; --abort finds a key's unfinished upload without one.
 */
@ExtendWith(LocalStackExtension.class)
class UploadInterruptedIT {
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
        this.scratch = ScratchBucket.create(s3, "interrupted");
        this.bucket = scratch.name();
    }

    @AfterEach
    void removeBucket() {
        try (Aws session = aws) {
            scratch.close();
        }
    }

    private List<MultipartUpload> openUploads() {
        return s3.listMultipartUploads(r -> r.bucket(bucket)).uploads();
    }

    private CliResult inProcess(String... args) {
        return CliRun.asAccount(localStack, LocalStack.DEFAULT_ACCESS_KEY, args);
    }

    @Test
    void ctrlC_saysWhatIsLeft_aDamagedStateFileStillFindsTheUpload_andThePrintedResumeCommandFinishesIt()
            throws Exception {
        Path file = TestFiles.random(work.resolve("three parts.bin"), 15 * MIB, 3);
        Path state = work.resolve("state");
        Launcher launcher = new Launcher(localStack, work);
        ProcessBuilder slow = launcher.launcher(
                Map.of(),
                List.of(SlowRequests.javaOption(UploadPartRequest.class, 700)),
                "upload",
                "--bucket",
                bucket,
                "--key",
                "big file.bin",
                file.toString(),
                "--part-size",
                "5MiB",
                "--concurrency",
                "1",
                "--state-dir",
                state.toString());
        Path err = work.resolve("interrupted.txt");
        Process child = slow.redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            waitForAStoredPart();
        } finally {
            // What Ctrl-C sends.
            new ProcessBuilder("kill", "-INT", Long.toString(child.pid()))
                    .start()
                    .waitFor();
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        String said = Files.readString(err);

        assertThat(child.exitValue()).as(said).isEqualTo(130);
        assertThat(said)
                .containsPattern(
                        "interrupted: [12] of 3 parts \\(\\d+ of 15728640 bytes\\) are stored in S3 under upload ");
        String resume = said.lines()
                .filter(l -> l.startsWith("  resume: aws-recipes upload "))
                .findFirst()
                .orElseThrow()
                .substring("  resume: aws-recipes ".length());
        assertThat(resume)
                .isEqualTo("upload --bucket " + bucket + " --key 'big file.bin' '" + file.toAbsolutePath()
                        + "' --state-dir " + state + " --endpoint-url " + localStack.endpoint() + " --resume");
        assertThat(said).contains("  abort:  aws-recipes " + resume.replace("--resume", "--abort"));
        assertThat(openUploads()).hasSize(1);

        // The state file gets damaged (an old version's crash, a disk error): the upload must not be orphaned.
        Path stateFile;
        try (Stream<Path> files = Files.list(state)) {
            stateFile = files.filter(p -> p.toString().endsWith(".upload"))
                    .findFirst()
                    .orElseThrow();
        }
        Files.writeString(stateFile, "uploadId=\nsize=twelve\n");
        String uploadId = openUploads().get(0).uploadId();

        CliResult withoutResume = inProcess(
                "upload",
                "--bucket",
                bucket,
                "--key",
                "big file.bin",
                file.toString(),
                "--state-dir",
                state.toString());

        assertThat(withoutResume.exitCode()).isEqualTo(AwsRecipesCli.FAILED);
        assertThat(withoutResume.err().lines().toList())
                .singleElement()
                .asString()
                .contains(
                        "is damaged, and S3 holds 1 unfinished upload of s3://" + bucket + "/big file.bin: " + uploadId)
                .contains("resume with `aws-recipes upload --bucket " + bucket)
                .contains("--upload-id " + uploadId + "`")
                .contains("or abort with `aws-recipes upload --bucket " + bucket)
                .contains("--abort`");
        assertThat(openUploads())
                .as("nothing was aborted or started")
                .extracting(MultipartUpload::uploadId)
                .containsExactly(uploadId);

        // The command printed at the interruption (--resume) finds the one unfinished upload and finishes it.
        ProcessBuilder again =
                new ProcessBuilder("bash", "-c", Launcher.script() + " " + resume).directory(work.toFile());
        again.environment().putAll(slow.environment());
        again.environment().remove("AWS_RECIPES_JAVA_OPTS");
        Launcher.Finished resumed = launcher.run(again);

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.outText()).contains("kept from the interrupted upload");
        assertThat(TestFiles.sha256(s3.getObject(r -> r.bucket(bucket).key("big file.bin"))))
                .isEqualTo(TestFiles.sha256(Files.newInputStream(file)));
        assertThat(openUploads()).isEmpty();
        assertThat(stateFile).doesNotExist();
    }

    @Test
    void abort_withoutAStateFile_findsTheKeysUnfinishedUpload_andFreesIt() throws Exception {
        Path file = Files.writeString(work.resolve("gone.txt"), "never finished");
        String uploadId =
                s3.createMultipartUpload(r -> r.bucket(bucket).key("gone.txt")).uploadId();
        s3.createMultipartUpload(r -> r.bucket(bucket).key("gone.txt.other"));

        CliResult abort = inProcess(
                "upload",
                "--bucket",
                bucket,
                "--key",
                "gone.txt",
                file.toString(),
                "--abort",
                "--state-dir",
                work.resolve("state").toString());

        assertThat(abort.exitCode()).as(abort.err()).isZero();
        assertThat(abort.out())
                .isEqualTo("aborted upload " + uploadId + " of s3://" + bucket + "/gone.txt; its parts are"
                        + " freed%n".formatted());
        assertThat(openUploads()).extracting(MultipartUpload::key).containsExactly("gone.txt.other");
    }

    @Test
    void resumeAndAbort_together_areRefusedAsBadInput() {
        CliResult both = inProcess("upload", "--bucket", bucket, "--key", "k", work.toString(), "--resume", "--abort");

        assertThat(both.exitCode()).isEqualTo(AwsRecipesCli.BAD_INPUT);
        assertThat(both.err().lines().toList()).singleElement().asString().contains("--resume", "--abort");
    }

    /** Polls ListParts (bounded, one minute) until the interrupted upload holds a part. */
    private void waitForAStoredPart() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            List<MultipartUpload> uploads = openUploads();
            if (!uploads.isEmpty()
                    && !s3.listParts(r -> r.bucket(bucket)
                                    .key("big file.bin")
                                    .uploadId(uploads.get(0).uploadId()))
                            .parts()
                            .isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the upload never stored a part");
    }
}
