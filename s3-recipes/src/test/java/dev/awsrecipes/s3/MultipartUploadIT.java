package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

class MultipartUploadIT {
    private static final long MIB = S3Limits.MIB;

    @TempDir
    Path dir;

    @S3ServerTest
    void upload_fileOfManyParts_isStoredByteIdenticalWithNothingLeftBehind(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        Path file = TestFiles.random(dir.resolve("data.bin"), 42 * MIB + 12_345, 1);
        List<UploadProgress> progress = new CopyOnWriteArrayList<>();
        try (TestBucket bucket = new TestBucket(s3)) {
            UploadResult result = S3Transfers.using(aws).upload(u -> u.bucket(bucket.name())
                    .key("big/data.bin")
                    .file(file)
                    .partSize(5 * MIB)
                    .concurrency(4)
                    .stateDirectory(dir.resolve("state"))
                    .listener(progress::add));

            assertThat(result.parts()).isEqualTo(9);
            assertThat(result.bytes()).isEqualTo(42 * MIB + 12_345);
            assertThat(result.checksum()).endsWith("-9");
            assertThat(StoredObjects.sha256(s3, bucket.name(), "big/data.bin"))
                    .as("the object read back with a plain GetObject")
                    .isEqualTo(TestFiles.sha256(file));
            HeadObjectResponse head = s3.headObject(
                    r -> r.bucket(bucket.name()).key("big/data.bin").checksumMode(ChecksumMode.ENABLED));
            assertThat(head.checksumCRC32C()).isEqualTo(result.checksum());
            assertThat(head.eTag()).isEqualTo(result.eTag());
            assertThat(s3.listMultipartUploads(r -> r.bucket(bucket.name())).uploads())
                    .isEmpty();
            assertThat(progress.get(progress.size() - 1))
                    .isEqualTo(new UploadProgress(result.bytes(), result.bytes(), 9, 9));
            assertThat(progress).extracting(UploadProgress::bytesDone).isSorted();
            assertThat(dir.resolve("state")).isEmptyDirectory();
        }
    }

    @S3ServerTest
    void upload_fileUnderThreshold_goesInOnePutObjectAndIsVerified(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        Path file = TestFiles.random(dir.resolve("small.bin"), 300_000, 2);
        try (TestBucket bucket = new TestBucket(s3)) {
            UploadResult result = S3Transfers.using(aws)
                    .upload(u ->
                            u.bucket(bucket.name()).key("small.bin").file(file).contentType("text/plain"));

            assertThat(result.parts()).isEqualTo(1);
            assertThat(result.multipart()).isFalse();
            HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket.name()).key("small.bin"));
            assertThat(head.contentLength()).isEqualTo(300_000);
            assertThat(head.contentType()).isEqualTo("text/plain");
            assertThat(StoredObjects.sha256(s3, bucket.name(), "small.bin")).isEqualTo(TestFiles.sha256(file));
        }
    }

    @S3ServerTest
    void upload_partsFailingTransiently_areRetriedAndTheObjectIsComplete(S3Server server) throws Exception {
        // Parts 2 and 5 fail twice each; with one SDK attempt per call, the engine's own retry must cope.
        UploadFaults faults = UploadFaults.slowDown((part, before) -> (part == 2 || part == 5) && before < 2);
        Path file = TestFiles.random(dir.resolve("retry.bin"), 26 * MIB, 3);
        List<String> retries = new CopyOnWriteArrayList<>();
        try (Aws aws = server.sessionBuilder()
                        .maxAttempts(1)
                        .addInterceptor(faults)
                        .build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            UploadResult result = S3Transfers.using(aws).upload(u -> u.bucket(bucket.name())
                    .key("retry.bin")
                    .file(file)
                    .partSize(5 * MIB)
                    .stateDirectory(dir.resolve("state"))
                    .listener(new UploadListener() {
                        @Override
                        public void progress(UploadProgress progress) {}

                        @Override
                        public void partRetried(int partNumber, int attempt, Throwable error) {
                            retries.add(partNumber + "/" + attempt);
                        }
                    }));

            assertThat(faults.injected()).isEqualTo(4);
            assertThat(retries).containsExactlyInAnyOrder("2/1", "2/2", "5/1", "5/2");
            assertThat(result.parts()).isEqualTo(6);
            S3Client s3 = aws.client(S3Recipes.S3);
            assertThat(StoredObjects.sha256(s3, bucket.name(), "retry.bin")).isEqualTo(TestFiles.sha256(file));
            assertThat(s3.listMultipartUploads(r -> r.bucket(bucket.name())).uploads())
                    .isEmpty();
        }
    }

    @S3ServerTest
    void upload_partFailingEveryTime_abortsAndLeavesNoUploadOrObject(S3Server server) throws Exception {
        UploadFaults faults = UploadFaults.internalError((part, before) -> part == 3);
        Path file = TestFiles.random(dir.resolve("doomed.bin"), 21 * MIB, 4);
        try (Aws aws = server.sessionBuilder()
                        .maxAttempts(1)
                        .addInterceptor(faults)
                        .build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            S3Client s3 = aws.client(S3Recipes.S3);
            assertThatThrownBy(() -> S3Transfers.using(aws).upload(u -> u.bucket(bucket.name())
                            .key("doomed.bin")
                            .file(file)
                            .partSize(5 * MIB)
                            .partAttempts(3)
                            .stateDirectory(dir.resolve("state"))))
                    .isInstanceOfSatisfying(PartFailedException.class, e -> {
                        assertThat(e.partNumber()).isEqualTo(3);
                        assertThat(e.attempts()).isEqualTo(3);
                    })
                    .hasMessageContaining("part 3 failed after 3 attempts");

            assertThat(faults.injected()).isEqualTo(3);
            assertThat(s3.listMultipartUploads(r -> r.bucket(bucket.name())).uploads())
                    .as("ListMultipartUploads after the failed upload")
                    .isEmpty();
            assertThatThrownBy(() -> s3.headObject(r -> r.bucket(bucket.name()).key("doomed.bin")))
                    .isInstanceOf(NoSuchKeyException.class);
            assertThat(dir.resolve("state")).isEmptyDirectory();
        }
    }

    @S3ServerTest
    void upload_badInput_isRejectedBeforeAnyUploadIsCreated(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        Path file = TestFiles.random(dir.resolve("f.bin"), 6 * MIB, 5);
        S3Transfers transfers = S3Transfers.using(aws);
        try (TestBucket bucket = new TestBucket(s3)) {
            assertThatThrownBy(() -> transfers.upload(
                            u -> u.bucket(bucket.name()).key("k").file(file).partSize(4 * MIB)))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("partSize")
                    .hasMessageContaining("5 MiB");
            assertThatThrownBy(() -> transfers.upload(
                            u -> u.bucket(bucket.name()).key("k").file(dir.resolve("missing.bin"))))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("does not exist");
            String missingBucket = LocalStack.uniqueName("s3b-missing");
            assertThatThrownBy(() -> transfers.upload(
                            u -> u.bucket(missingBucket).key("k").file(file).partSize(5 * MIB)))
                    .isInstanceOf(AwsRecipesException.class)
                    .hasMessage("bucket " + missingBucket + " does not exist");
            assertThat(s3.listMultipartUploads(r -> r.bucket(bucket.name())).uploads())
                    .isEmpty();
            assertThat(s3.listObjectsV2(r -> r.bucket(bucket.name())).contents())
                    .isEmpty();
        }
    }
}
