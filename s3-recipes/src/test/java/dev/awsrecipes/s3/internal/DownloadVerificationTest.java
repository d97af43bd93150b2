package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.s3.ChecksumCheck;
import dev.awsrecipes.s3.DownloadMismatchException;
import dev.awsrecipes.s3.DownloadResult;
import dev.awsrecipes.s3.DownloadSpec;
import dev.awsrecipes.s3.ObjectChangedException;
import dev.awsrecipes.s3.S3Limits;
import dev.awsrecipes.s3.internal.S3Checksums.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Download verification without a server: {@code S3Transfers.builder().s3Client(fake).download(..)}
 * against one object whose stored checksum is each kind S3 reports, to a file and to a stream, with the
 * bytes served as stored and with one byte damaged on the way. Ranges are 1 MiB and the parts 1.25 MiB,
 * so part checksums are put together from ranges cut inside parts.
 */
class DownloadVerificationTest {
    private static final String BUCKET = "dl-bucket";
    private static final long MIB = S3Limits.MIB;
    private static final int SIZE = (int) (3 * MIB + 12_345);
    private static final List<Long> ONE_PART = List.of((long) SIZE);
    private static final List<Long> THREE_PARTS = List.of(MIB + MIB / 4, MIB + MIB / 4, SIZE - 2 * (MIB + MIB / 4));

    @TempDir
    Path dir;

    /** A stored checksum: its algorithm, the parts the object was uploaded in, and its type. */
    enum Stored {
        CRC32C_SINGLE_PUT(Kind.CRC32C, ONE_PART, ChecksumType.FULL_OBJECT),
        CRC32C_COMPOSITE(Kind.CRC32C, THREE_PARTS, ChecksumType.COMPOSITE),
        CRC32C_FULL_OBJECT_MULTIPART(Kind.CRC32C, THREE_PARTS, ChecksumType.FULL_OBJECT),
        CRC32_SINGLE_PUT(Kind.CRC32, ONE_PART, ChecksumType.FULL_OBJECT),
        CRC32_COMPOSITE(Kind.CRC32, THREE_PARTS, ChecksumType.COMPOSITE),
        CRC32_FULL_OBJECT_MULTIPART(Kind.CRC32, THREE_PARTS, ChecksumType.FULL_OBJECT),
        SHA1_SINGLE_PUT(Kind.SHA1, ONE_PART, ChecksumType.FULL_OBJECT),
        SHA1_COMPOSITE(Kind.SHA1, THREE_PARTS, ChecksumType.COMPOSITE),
        SHA256_SINGLE_PUT(Kind.SHA256, ONE_PART, ChecksumType.FULL_OBJECT),
        SHA256_COMPOSITE(Kind.SHA256, THREE_PARTS, ChecksumType.COMPOSITE),
        /** S3's default for an object put without a checksum: four 1 MiB ranges combined. */
        CRC64NVME_SINGLE_PUT(Kind.CRC64NVME, ONE_PART, ChecksumType.FULL_OBJECT),
        CRC64NVME_FULL_OBJECT_MULTIPART(Kind.CRC64NVME, THREE_PARTS, ChecksumType.FULL_OBJECT),
        /** No stored checksum: the ETag of an object put in one piece is the MD5 of its bytes. */
        ETAG_MD5(Kind.MD5, ONE_PART, null);

        final Kind kind;
        final List<Long> parts;
        final ChecksumType type;

        Stored(Kind kind, List<Long> parts, ChecksumType type) {
            this.kind = kind;
            this.parts = parts;
            this.type = type;
        }

        String value(byte[] bytes) {
            return canned().value(bytes);
        }

        ObjectS3 object(byte[] bytes) {
            return canned().object(BUCKET, bytes);
        }

        String reportedType() {
            return canned().reportedType();
        }

        private CannedChecksum canned() {
            return new CannedChecksum(kind, parts, type);
        }
    }

    @ParameterizedTest
    @EnumSource(Stored.class)
    void download_toFile_bytesAsStored_areCheckedAgainstTheStoredChecksum(Stored stored) throws IOException {
        byte[] bytes = randomBytes(stored.ordinal());
        ObjectS3 s3 = stored.object(bytes);
        Path target = dir.resolve("out.bin");

        DownloadResult result = s3.transfers().download(d -> spec(d).file(target));

        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        assertThat(result.checksum()).isEqualTo(stored.kind + ":" + stored.value(bytes));
        assertThat(result.checksumVerified()).isTrue();
        assertThat(result.checksumCheck())
                .isEqualTo(
                        new ChecksumCheck(stored.kind.name(), stored.reportedType(), stored.value(bytes), true, null));
        assertThat(result.bytes()).isEqualTo(SIZE);
        assertThat(result.parts())
                .as("1 MiB ranges, none across one of the parts a composite checksum is made of")
                .isEqualTo(stored.type == ChecksumType.COMPOSITE ? 2 + 2 + 1 : 4);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @ParameterizedTest
    @EnumSource(Stored.class)
    void download_toStream_bytesAsStored_areCheckedAgainstTheStoredChecksum(Stored stored) {
        byte[] bytes = randomBytes(stored.ordinal());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DownloadResult result = stored.object(bytes).transfers().download(d -> spec(d).output(out));

        assertThat(out.toByteArray()).isEqualTo(bytes);
        assertThat(result.checksum()).isEqualTo(stored.kind + ":" + stored.value(bytes));
        assertThat(result.checksumCheck().type()).isEqualTo(stored.reportedType());
        assertThat(result.checksumVerified()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Stored.class)
    void download_toFile_oneByteDamaged_failsWithDownloadMismatchAndLeavesNoFile(Stored stored) throws IOException {
        byte[] bytes = randomBytes(stored.ordinal());
        ObjectS3 s3 = stored.object(bytes).serve(damaged(bytes, SIZE / 2));

        assertThatThrownBy(() -> s3.transfers().download(d -> spec(d).file(dir.resolve("out.bin"))))
                .isInstanceOf(DownloadMismatchException.class)
                .hasMessageStartingWith("the bytes received for s3://" + BUCKET + "/" + ObjectS3.KEY
                        + " do not match: " + (stored.kind == Kind.MD5 ? "its ETag is " : "S3 stores ")
                        + stored.kind + ":" + stored.value(bytes));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no target, no partial file, no state").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Stored.class)
    void download_toStream_lastByteDamaged_failsWithDownloadMismatch(Stored stored) {
        byte[] bytes = randomBytes(stored.ordinal());
        ObjectS3 s3 = stored.object(bytes).serve(damaged(bytes, SIZE - 1));

        assertThatThrownBy(() -> s3.transfers().download(d -> spec(d).output(new ByteArrayOutputStream())))
                .isInstanceOf(DownloadMismatchException.class)
                .hasMessageContaining("do not match");
    }

    /**
     * Nothing to check: no stored checksum and an ETag that is no MD5 of the bytes, because the object was
     * uploaded in parts, or is encrypted with KMS or a customer's key (whose ETags are not MD5s even when
     * they look like one: here it is the real MD5, which must not be used either way).
     */
    @Test
    void download_noChecksumAndNoMd5ETag_isNotVerifiedAndSaysWhy() {
        byte[] bytes = randomBytes(1);
        String md5 = S3Checksums.fullObject(Kind.MD5, bytes);
        String kms = "it is encrypted with KMS or a customer-provided key";
        List<Map.Entry<String, ObjectS3>> objects = List.of(
                Map.entry(
                        "it was uploaded in parts",
                        new ObjectS3(BUCKET, bytes, THREE_PARTS, "\"9e107d9d372bb6826bd81d3542a419d6-3\"", h -> {})),
                Map.entry(
                        kms,
                        new ObjectS3(
                                BUCKET,
                                bytes,
                                ONE_PART,
                                "\"9e107d9d372bb6826bd81d3542a419d6\"",
                                h -> h.serverSideEncryption(ServerSideEncryption.AWS_KMS))),
                Map.entry(
                        kms,
                        new ObjectS3(
                                BUCKET,
                                bytes,
                                ONE_PART,
                                "\"" + md5 + "\"",
                                h -> h.serverSideEncryption(ServerSideEncryption.AWS_KMS_DSSE))),
                Map.entry(
                        kms,
                        new ObjectS3(
                                BUCKET, bytes, ONE_PART, "\"" + md5 + "\"", h -> h.sseCustomerAlgorithm("AES256"))),
                Map.entry(
                        "the ETag \"e\" is not 32 hex digits",
                        new ObjectS3(BUCKET, bytes, ONE_PART, "\"e\"", h -> {})));
        for (Map.Entry<String, ObjectS3> object : objects) {
            String why = object.getKey();
            ObjectS3 s3 = object.getValue();
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            DownloadResult result = s3.transfers().download(d -> spec(d).output(out));

            assertThat(result.checksum()).isEqualTo(DownloadResult.SIZE_AND_ETAG);
            assertThat(result.checksumVerified()).isFalse();
            assertThat(result.checksumCheck())
                    .isEqualTo(ChecksumCheck.notVerified(
                            "S3 stores no checksum for it and its ETag is not the MD5 of its bytes (" + why + ")"));
            assertThat(out.toByteArray()).isEqualTo(bytes);
        }
    }

    /** Not the KMS ETag's MD5, but an SSE-S3 (AES256) object's ETag is one, and is checked. */
    @Test
    void download_sseS3Object_damaged_failsAgainstItsMd5ETag() {
        byte[] bytes = randomBytes(6);
        ObjectS3 s3 = new ObjectS3(
                        BUCKET,
                        bytes,
                        ONE_PART,
                        "\"" + S3Checksums.fullObject(Kind.MD5, bytes) + "\"",
                        h -> h.serverSideEncryption(ServerSideEncryption.AES256))
                .serve(damaged(bytes, 0));

        assertThatThrownBy(() -> s3.transfers().download(d -> spec(d).output(new ByteArrayOutputStream())))
                .isInstanceOf(DownloadMismatchException.class)
                .hasMessageContaining("its ETag is MD5:" + S3Checksums.fullObject(Kind.MD5, bytes));
    }

    @Test
    void download_objectReplacedAfterItWasLookedAt_failsWithObjectChanged() throws IOException {
        byte[] bytes = randomBytes(2);
        ObjectS3 s3 = Stored.CRC32C_SINGLE_PUT.object(bytes).replacedAfterHead("\"another\"");

        assertThatThrownBy(() -> s3.transfers().download(d -> spec(d).file(dir.resolve("out.bin"))))
                .isInstanceOf(ObjectChangedException.class)
                .hasMessageContaining("it no longer has ETag \"0123abcd\"");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    /** Some servers report a composite checksum without its "-N"; the part count then comes from the layout. */
    @Test
    void download_compositeWithoutPartCount_isCheckedWithTheLayoutsParts() {
        byte[] bytes = randomBytes(3);
        String composite = S3Checksums.composite(Kind.CRC32C, bytes, THREE_PARTS);
        String bare = composite.substring(0, composite.lastIndexOf('-'));
        ObjectS3 s3 = new ObjectS3(
                BUCKET,
                bytes,
                THREE_PARTS,
                "\"e-3\"",
                CannedChecksum.header(Kind.CRC32C, bare, ChecksumType.COMPOSITE));

        DownloadResult result = s3.transfers().download(d -> spec(d).output(new ByteArrayOutputStream()));

        assertThat(result.checksum()).isEqualTo("CRC32C:" + composite);
    }

    @Test
    void download_compositeOfMorePartsThanTheObjectHas_failsWithDownloadMismatch() {
        byte[] bytes = randomBytes(4);
        String composite = S3Checksums.composite(Kind.CRC32C, bytes, THREE_PARTS);
        String claimsFive = composite.substring(0, composite.lastIndexOf('-')) + "-5";
        ObjectS3 s3 = new ObjectS3(
                BUCKET,
                bytes,
                THREE_PARTS,
                "\"e-3\"",
                CannedChecksum.header(Kind.CRC32C, claimsFive, ChecksumType.COMPOSITE));

        assertThatThrownBy(() -> s3.transfers().download(d -> spec(d).output(new ByteArrayOutputStream())))
                .isInstanceOf(DownloadMismatchException.class)
                .hasMessageEndingWith("S3's checksum is made of 5 parts, the object lists 3");
    }

    /**
     * The layout is guessed from the first and last parts; a middle part of another size makes the
     * guess wrong, and a file download then asks for every part before calling the object damaged.
     */
    @Test
    void download_toFile_middlePartOfAnotherSize_isCheckedAgainstTheRealLayout() throws IOException {
        byte[] bytes = randomBytes(5);
        List<Long> uneven = List.of(MIB, MIB / 2, MIB + MIB / 2, SIZE - 3 * MIB);
        ObjectS3 s3 = new ObjectS3(
                BUCKET,
                bytes,
                uneven,
                "\"e-4\"",
                CannedChecksum.header(
                        Kind.CRC32C, S3Checksums.composite(Kind.CRC32C, bytes, uneven), ChecksumType.COMPOSITE));
        Path target = dir.resolve("out.bin");

        DownloadResult result = s3.transfers().download(d -> spec(d).file(target));

        assertThat(result.checksumVerified()).isTrue();
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
    }

    /** 1 MiB ranges, four at a time, one attempt each: a damaged range is not fetched again. */
    private static DownloadSpec.Builder spec(DownloadSpec.Builder d) {
        return d.bucket(BUCKET).key(ObjectS3.KEY).partSize(MIB).concurrency(4).partAttempts(1);
    }

    private static byte[] randomBytes(long seed) {
        byte[] bytes = new byte[SIZE];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] damaged(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x10;
        return copy;
    }
}
