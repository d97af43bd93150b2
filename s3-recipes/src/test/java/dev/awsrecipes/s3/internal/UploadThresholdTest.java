package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.s3.ChecksumAlgorithm;
import dev.awsrecipes.s3.PartFailedException;
import dev.awsrecipes.s3.S3Limits;
import dev.awsrecipes.s3.UploadMismatchException;
import dev.awsrecipes.s3.UploadResult;
import dev.awsrecipes.s3.UploadSpec;
import dev.awsrecipes.s3.internal.S3Checksums.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where an upload switches from one {@code PutObject} to a multipart upload, and what a server sees of
 * the plan: through {@code S3Transfers.builder().s3Client(fake)} against a bucket that checks each
 * part's CRC32C and S3's 5 MiB minimum, with parts failing now and then.
 */
class UploadThresholdTest {
    private static final String BUCKET = "up-bucket";
    private static final long MIB = S3Limits.MIB;
    private static final long PART = 5 * MIB;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {0, 1, PART - 1})
    void upload_belowTheThreshold_isOnePutObjectVerifiedByItsResponse(long size) throws IOException {
        UploadS3 s3 = new UploadS3(BUCKET);
        byte[] bytes = randomBytes(size);

        UploadResult result = s3.transfers().upload(spec(file(bytes)));

        assertThat(s3.calls).containsExactly("PutObject (" + size + " bytes)");
        assertThat(s3.object()).isEqualTo(bytes);
        assertThat(result.parts()).isEqualTo(1);
        assertThat(result.checksum()).isEqualTo(S3Checksums.fullObject(Kind.CRC32C, bytes));
    }

    @Test
    void upload_emptyFileWithThresholdZero_isStillOnePutObject() throws IOException {
        UploadS3 s3 = new UploadS3(BUCKET);

        s3.transfers()
                .upload(spec(file(new byte[0])).toBuilder()
                        .multipartThreshold(0)
                        .build());

        assertThat(s3.calls).containsExactly("PutObject (0 bytes)");
    }

    @Test
    void upload_exactlyTheThreshold_isMultipartInOnePart() throws IOException {
        UploadS3 s3 = new UploadS3(BUCKET);
        byte[] bytes = randomBytes(PART);

        UploadResult result = s3.transfers().upload(spec(file(bytes)));

        assertThat(s3.calls)
                .containsExactly(
                        "CreateMultipartUpload",
                        "UploadPart 1 (" + PART + " bytes)",
                        "CompleteMultipartUpload",
                        "HeadObject");
        assertThat(s3.object()).isEqualTo(bytes);
        assertThat(result.checksum()).isEqualTo(S3Checksums.composite(Kind.CRC32C, bytes, List.of(PART)));
    }

    @Test
    void upload_oneByteOverThePartSize_sendsAOneBytePartLast() throws IOException {
        UploadS3 s3 = new UploadS3(BUCKET);
        byte[] bytes = randomBytes(PART + 1);

        UploadResult result = s3.transfers().upload(spec(file(bytes)));

        assertThat(s3.calls("UploadPart"))
                .containsExactlyInAnyOrder("UploadPart 1 (" + PART + " bytes)", "UploadPart 2 (1 bytes)");
        assertThat(s3.object()).isEqualTo(bytes);
        assertThat(result.parts()).isEqualTo(2);
        assertThat(result.checksum()).isEqualTo(S3Checksums.composite(Kind.CRC32C, bytes, List.of(PART, 1L)));
    }

    @Test
    void upload_severalParts_storesEveryByteOnceInOrder() throws IOException {
        UploadS3 s3 = new UploadS3(BUCKET);
        byte[] bytes = randomBytes(3 * PART + 3);

        UploadResult result = s3.transfers()
                .upload(spec(file(bytes)).toBuilder().concurrency(4).build());

        assertThat(s3.object()).isEqualTo(bytes);
        assertThat(s3.calls("UploadPart")).hasSize(4);
        assertThat(result.checksum())
                .isEqualTo(S3Checksums.composite(Kind.CRC32C, bytes, List.of(PART, PART, PART, 3L)));
        try (Stream<Path> files = Files.list(dir.resolve("state"))) {
            assertThat(files)
                    .as("the state file is gone once the upload is complete")
                    .isEmpty();
        }
    }

    @Test
    void upload_partThrottledTwice_isSentAgainAndTheUploadCompletes() throws IOException {
        UploadS3 s3 =
                new UploadS3(BUCKET).failPart(2, FakeS3.error(503, "SlowDown"), FakeS3.error(500, "InternalError"));
        byte[] bytes = randomBytes(2 * PART + 10);

        s3.transfers().upload(spec(file(bytes)).toBuilder().partAttempts(3).build());

        assertThat(s3.calls("UploadPart 2")).hasSize(3);
        assertThat(s3.calls("AbortMultipartUpload")).isEmpty();
        assertThat(s3.object()).isEqualTo(bytes);
    }

    @Test
    void upload_partDenied_abortsTheUploadAndNamesThePart() throws IOException {
        UploadS3 s3 = new UploadS3(BUCKET).failPart(2, FakeS3.error(403, "AccessDenied"));
        Path file = file(randomBytes(2 * PART + 10));

        assertThatThrownBy(() -> s3.transfers()
                        .upload(spec(file).toBuilder().partAttempts(4).build()))
                .isInstanceOf(PartFailedException.class)
                .hasMessageStartingWith("part 2 failed after 1 attempt: AccessDenied");
        assertThat(s3.calls("UploadPart 2")).hasSize(1);
        assertThat(s3.calls).contains("AbortMultipartUpload").doesNotContain("CompleteMultipartUpload");
        assertThat(s3.object()).isNull();
    }

    @Test
    void upload_singlePutThrottled_isSentAgain() throws IOException {
        UploadS3 s3 = new UploadS3(BUCKET).failPart(1, FakeS3.error(503, "SlowDown"));
        byte[] bytes = randomBytes(1000);

        s3.transfers().upload(spec(file(bytes)).toBuilder().partAttempts(2).build());

        assertThat(s3.calls("PutObject")).hasSize(2);
        assertThat(s3.object()).isEqualTo(bytes);
    }

    @Test
    void upload_serverReportsAnotherChecksum_failsWithUploadMismatch() throws IOException {
        UploadS3 s3 = new UploadS3(BUCKET).reportChecksum("AAAAAA==-2");
        Path file = file(randomBytes(PART + 1));

        assertThatThrownBy(() -> s3.transfers().upload(spec(file)))
                .isInstanceOf(UploadMismatchException.class)
                .hasMessageContaining("its CRC32C is AAAAAA==-2, the file's ");
    }

    /** Each algorithm a caller can pick, in one PutObject: the file's checksum is sent and read back. */
    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void upload_singlePutWithAnAlgorithm_storesAndVerifiesTheFilesChecksumInIt(ChecksumAlgorithm algorithm)
            throws IOException {
        UploadS3 s3 = new UploadS3(BUCKET);
        byte[] bytes = randomBytes(1234);

        UploadResult result = s3.transfers()
                .upload(spec(file(bytes)).toBuilder()
                        .checksumAlgorithm(algorithm)
                        .build());

        assertThat(s3.object()).isEqualTo(bytes);
        assertThat(result.checksumAlgorithm()).isEqualTo(algorithm);
        assertThat(result.checksum()).isEqualTo(S3Checksums.fullObject(Kind.valueOf(algorithm.name()), bytes));
    }

    /**
     * In parts: composite checksums for CRC32, CRC32C and the SHAs; CRC64NVME, which S3 keeps only for the
     * whole object, is the parts' CRCs combined (the fake refuses a composite CRC64NVME upload).
     */
    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void upload_multipartWithAnAlgorithm_storesAndVerifiesTheObjectsChecksumInIt(ChecksumAlgorithm algorithm)
            throws IOException {
        UploadS3 s3 = new UploadS3(BUCKET);
        byte[] bytes = randomBytes(2 * PART + 7);
        Kind kind = Kind.valueOf(algorithm.name());

        UploadResult result = s3.transfers()
                .upload(spec(file(bytes)).toBuilder()
                        .checksumAlgorithm(algorithm)
                        .build());

        assertThat(s3.object()).isEqualTo(bytes);
        assertThat(result.parts()).isEqualTo(3);
        assertThat(result.checksum())
                .isEqualTo(
                        algorithm == ChecksumAlgorithm.CRC64NVME
                                ? S3Checksums.fullObject(kind, bytes)
                                : S3Checksums.composite(kind, bytes, List.of(PART, PART, 7L)));
    }

    @Test
    void upload_crc64nvmeServerReportsAnotherChecksum_failsWithUploadMismatch() throws IOException {
        UploadS3 s3 = new UploadS3(BUCKET).reportChecksum("AAAAAAAAAAA=");
        Path file = file(randomBytes(PART + 1));

        assertThatThrownBy(() -> s3.transfers()
                        .upload(spec(file).toBuilder()
                                .checksumAlgorithm(ChecksumAlgorithm.CRC64NVME)
                                .build()))
                .isInstanceOf(UploadMismatchException.class)
                .hasMessageContaining("its CRC64NVME is AAAAAAAAAAA=, the file's ");
    }

    /**
     * A multipart upload keeps the algorithm it was started with: continuing one started with CRC32C while
     * asking for SHA256 is refused before any part is sent (and the upload is left to resume rightly).
     */
    @Test
    void upload_continuingAnUploadStartedWithAnotherAlgorithm_failsNamingIt() throws IOException {
        UploadS3 s3 = new UploadS3(BUCKET);
        byte[] bytes = randomBytes(2 * PART + 1);
        Path file = file(bytes);
        s3.createMultipartUpload(r -> r.bucket(BUCKET)
                .key("big/file.bin")
                .checksumAlgorithm(software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.CRC32_C));
        s3.uploadPart(
                r -> r.bucket(BUCKET)
                        .key("big/file.bin")
                        .uploadId(UploadS3.UPLOAD_ID)
                        .partNumber(1)
                        .contentLength(PART)
                        .checksumCRC32C(
                                S3Checksums.fullObject(Kind.CRC32C, java.util.Arrays.copyOf(bytes, (int) PART))),
                software.amazon.awssdk.core.sync.RequestBody.fromBytes(java.util.Arrays.copyOf(bytes, (int) PART)));

        assertThatThrownBy(() -> s3.transfers()
                        .upload(spec(file).toBuilder()
                                .uploadId(UploadS3.UPLOAD_ID)
                                .checksumAlgorithm(ChecksumAlgorithm.SHA256)
                                .build()))
                .hasMessageContaining("was started with checksum algorithm CRC32C, not SHA256");
        assertThat(s3.calls("UploadPart")).hasSize(1);
        assertThat(s3.calls("AbortMultipartUpload")).isEmpty();
    }

    @Test
    void spec_withoutAnAlgorithm_usesCrc32c_andRefusesNone() throws IOException {
        UploadSpec spec = spec(file(randomBytes(1)));

        assertThat(spec.checksumAlgorithm()).isEqualTo(ChecksumAlgorithm.CRC32C);
        assertThatThrownBy(() -> spec.toBuilder().checksumAlgorithm(null).build())
                .hasMessageContaining("checksumAlgorithm");
    }

    @Test
    void upload_singlePutResponseWithoutChecksum_isVerifiedWithHeadObject() throws IOException {
        UploadS3 s3 = new UploadS3(BUCKET).putReports(null);
        byte[] bytes = randomBytes(1000);

        UploadResult result = s3.transfers().upload(spec(file(bytes)));

        assertThat(s3.calls).containsExactly("PutObject (1000 bytes)", "HeadObject");
        assertThat(result.eTag()).isEqualTo("\"stored\"");
        assertThat(result.checksum()).isEqualTo(S3Checksums.fullObject(Kind.CRC32C, bytes));
    }

    @Test
    void upload_singlePutResponseWithAnotherChecksum_isCheckedWithHeadObject() throws IOException {
        UploadS3 s3 = new UploadS3(BUCKET).putReports("AAAAAA==").reportChecksum("AAAAAA==");
        Path file = file(randomBytes(1000));

        assertThatThrownBy(() -> s3.transfers().upload(spec(file)))
                .isInstanceOf(UploadMismatchException.class)
                .hasMessageContaining("its CRC32C is AAAAAA==, the file's ");
        assertThat(s3.calls).containsExactly("PutObject (1000 bytes)", "HeadObject");
    }

    /** 5 MiB parts (the threshold too), one attempt, state files in the test's directory. */
    private UploadSpec spec(Path file) {
        return UploadSpec.builder()
                .bucket(BUCKET)
                .key("big/file.bin")
                .file(file)
                .partSize(PART)
                .partAttempts(1)
                .stateDirectory(dir.resolve("state"))
                .build();
    }

    private Path file(byte[] bytes) throws IOException {
        Files.createDirectories(dir.resolve("state"));
        return Files.write(dir.resolve("file-" + bytes.length), bytes);
    }

    private static byte[] randomBytes(long size) {
        byte[] bytes = new byte[(int) size];
        new SplittableRandom(size).nextBytes(bytes);
        return bytes;
    }
}
