package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;

class UploadResumeIT {
    private static final long MIB = S3Limits.MIB;

    @TempDir
    Path dir;

    @S3ServerTest
    void upload_processKilledMidway_resumeSendsOnlyTheMissingPartsAndIsByteIdentical(S3Server server, Aws aws)
            throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        Path file = TestFiles.random(dir.resolve("resumable.bin"), 40 * MIB + 99, 11);
        Path state = dir.resolve("state");
        try (TestBucket bucket = new TestBucket(s3)) {
            int partsBeforeKill = uploadThenKill(server, bucket.name(), "resumable.bin", file, state, 3);

            List<MultipartUpload> left =
                    s3.listMultipartUploads(r -> r.bucket(bucket.name())).uploads();
            assertThat(left).as("the killed upload is still open").hasSize(1);
            int stored = s3.listParts(r -> r.bucket(bucket.name())
                            .key("resumable.bin")
                            .uploadId(left.get(0).uploadId()))
                    .parts()
                    .size();
            assertThat(stored).isGreaterThanOrEqualTo(partsBeforeKill).isLessThan(9);

            UploadResult result = S3Transfers.using(aws).upload(u -> u.bucket(bucket.name())
                    .key("resumable.bin")
                    .file(file)
                    .stateDirectory(state)
                    .resume(true));

            // Every part S3 held when we looked is kept. A part whose body was all sent when the process died can
            // still land a moment after that look (seen on versitygw): resume keeps it too, since its size and
            // CRC32C match the file, so the count may be higher, never lower, and never all nine.
            assertThat(result.partsResumed()).isGreaterThanOrEqualTo(stored).isLessThan(9);
            assertThat(result.parts()).isEqualTo(9);
            assertThat(StoredObjects.sha256(s3, bucket.name(), "resumable.bin")).isEqualTo(TestFiles.sha256(file));
            assertThat(s3.listMultipartUploads(r -> r.bucket(bucket.name())).uploads())
                    .isEmpty();
            assertThat(state).isEmptyDirectory();
        }
    }

    @S3ServerTest
    void upload_resumeAfterTheFileChanged_isRefusedAndTheNextFreshUploadAbortsTheOldOne(S3Server server, Aws aws)
            throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        Path file = TestFiles.random(dir.resolve("changing.bin"), 30 * MIB, 12);
        Path state = dir.resolve("state");
        try (TestBucket bucket = new TestBucket(s3)) {
            uploadThenKill(server, bucket.name(), "changing.bin", file, state, 2);
            TestFiles.random(file, 30 * MIB, 13);

            assertThatThrownBy(() -> S3Transfers.using(aws).upload(u -> u.bucket(bucket.name())
                            .key("changing.bin")
                            .file(file)
                            .stateDirectory(state)
                            .resume(true)))
                    .isInstanceOf(AwsRecipesException.class)
                    .hasMessageContaining("cannot resume");

            S3Transfers.using(aws).upload(u -> u.bucket(bucket.name())
                    .key("changing.bin")
                    .file(file)
                    .stateDirectory(state));

            assertThat(StoredObjects.sha256(s3, bucket.name(), "changing.bin")).isEqualTo(TestFiles.sha256(file));
            assertThat(s3.listMultipartUploads(r -> r.bucket(bucket.name())).uploads())
                    .as("the interrupted upload was aborted by the fresh one")
                    .isEmpty();
        }
    }

    /** Runs the upload in another JVM, kills it once it reports {@code killAfter} parts, returns the parts it reported. */
    private static int uploadThenKill(S3Server server, String bucket, String key, Path file, Path state, int killAfter)
            throws Exception {
        int parts = ChildTransfer.runAndKill(
                UploadChildMain.class,
                List.of(
                        server.endpoint().toString(),
                        server.region().id(),
                        server.accessKeyId(),
                        server.secretKey(),
                        bucket,
                        key,
                        file.toString(),
                        state.toString(),
                        "400"),
                killAfter,
                0);
        assertThat(parts).as("parts the child reported before it was killed").isGreaterThanOrEqualTo(killAfter);
        assertThat(Files.list(state).count())
                .as("the state file the child left")
                .isEqualTo(1);
        return parts;
    }
}
