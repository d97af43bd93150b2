package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.s3.S3Uri;
import dev.awsrecipes.s3.internal.ContentComparison.Kind;
import dev.awsrecipes.s3.internal.ContentComparison.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** Sync's checksum comparison: each algorithm S3 stores against the standard check values, and the fallbacks. */
class ContentComparisonTest {
    private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);
    private static final S3Uri OBJECT = S3Uri.parse("o", "s3://compare-bucket/a.bin");

    @TempDir
    Path dir;

    private Path check() throws IOException {
        return Files.write(dir.resolve("check.txt"), CHECK);
    }

    /** Answers HeadObject with one canned response. */
    private static final class HeadS3 extends FakeS3 {
        private final HeadObjectResponse head;

        HeadS3(HeadObjectResponse head) {
            super("compare-bucket");
            this.head = head;
        }

        @Override
        public HeadObjectResponse headObject(HeadObjectRequest request) {
            request(request.bucket());
            return head;
        }
    }

    private Verdict against(HeadObjectResponse.Builder head) throws IOException {
        return new ContentComparison(new HeadS3(head.contentLength(9L).build())).fileVsObject(check(), 9, OBJECT);
    }

    @Test
    void crc64NvmeHasTheCatalogueCheckValue() {
        Crc64Nvme crc = new Crc64Nvme();
        crc.update(CHECK, 0, CHECK.length);
        assertThat(crc.getValue()).isEqualTo(0xAE8B14860A799888L);
        crc.reset();
        for (byte b : CHECK) {
            crc.update(b);
        }
        assertThat(Crc64Nvme.base64(crc.getValue())).isEqualTo(Crc64Nvme.base64(0xAE8B14860A799888L));
    }

    @Test
    void everyFullObjectAlgorithmHasItsCheckValue() throws IOException {
        Path file = check();
        assertThat(ContentComparison.fullObject(file, "CRC32C", 9)).isEqualTo("4waSgw==");
        assertThat(ContentComparison.fullObject(file, "CRC32", 9)).isEqualTo("y/Q5Jg==");
        assertThat(ContentComparison.fullObject(file, "MD5", 9)).isEqualTo("25f9e794323b453885f5181f1b624d0b");
        assertThat(ContentComparison.fullObject(file, "SHA256", 9))
                .isEqualTo("FeKw08M4keuw8e9gnsQZQgwg4yDOlMZfvIwzEkSOsiU=");
        assertThat(ContentComparison.fullObject(file, "CRC64NVME", 9)).isEqualTo(Crc64Nvme.base64(0xAE8B14860A799888L));
    }

    @Test
    void aCompositeCrc32cIsWhatTheUploaderStores() throws IOException {
        byte[] bytes = new byte[13 * 1024 + 7];
        new Random(5).nextBytes(bytes);
        Path file = Files.write(dir.resolve("parts.bin"), bytes);
        List<Long> parts = List.of(5 * 1024L, 5 * 1024L, 3 * 1024L + 7);
        List<Integer> crcs = new ArrayList<>();
        int offset = 0;
        for (long part : parts) {
            CRC32C crc = new CRC32C();
            crc.update(bytes, offset, (int) part);
            crcs.add((int) crc.getValue());
            offset += (int) part;
        }

        assertThat(ContentComparison.composite(file, "CRC32C", parts) + "-3")
                .isEqualTo(MultipartChecksums.composite(crcs));
    }

    @Test
    void aStoredChecksumDecides() throws IOException {
        assertThat(against(
                        HeadObjectResponse.builder().checksumCRC32C("4waSgw==").eTag("\"x-1\"")))
                .isEqualTo(new Verdict(Kind.SAME, "CRC32C"));
        assertThat(against(HeadObjectResponse.builder().checksumCRC32C("AAAAAA=="))
                        .kind())
                .isEqualTo(Kind.DIFFERENT);
        assertThat(against(HeadObjectResponse.builder()
                        .checksumCRC64NVME(Crc64Nvme.base64(0xAE8B14860A799888L))
                        .checksumType(ChecksumType.FULL_OBJECT)))
                .isEqualTo(new Verdict(Kind.SAME, "CRC64NVME"));
    }

    @Test
    void withoutAChecksumASinglePartMd5ETagDecides_butNotAMultipartOrKmsOne() throws IOException {
        assertThat(against(HeadObjectResponse.builder().eTag("\"25f9e794323b453885f5181f1b624d0b\"")))
                .isEqualTo(new Verdict(Kind.SAME, "MD5"));
        assertThat(against(HeadObjectResponse.builder().eTag("\"15f9e794323b453885f5181f1b624d0b\""))
                        .kind())
                .isEqualTo(Kind.DIFFERENT);
        assertThat(against(HeadObjectResponse.builder().eTag("\"25f9e794323b453885f5181f1b624d0b-2\"")))
                .isEqualTo(Verdict.unknown("no stored checksum and a multipart ETag"));
        assertThat(against(HeadObjectResponse.builder()
                                .eTag("\"25f9e794323b453885f5181f1b624d0b\"")
                                .serverSideEncryption("aws:kms"))
                        .kind())
                .isEqualTo(Kind.UNKNOWN);
    }
}
