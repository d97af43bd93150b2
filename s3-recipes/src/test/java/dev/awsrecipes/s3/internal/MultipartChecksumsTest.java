package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartChecksumsTest {
    @TempDir
    Path dir;

    @Test
    void crc32c_standardCheckValue_matchesAndIsWrittenAsS3Does() throws Exception {
        Path file = Files.writeString(dir.resolve("check"), "xx123456789yy", StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            int crc = MultipartChecksums.crc32c(channel, 2, 9);

            assertThat(crc).isEqualTo(0xE3069283); // CRC-32C of "123456789" (RFC 3720)
            assertThat(MultipartChecksums.base64(crc)).isEqualTo("4waSgw==");
        }
    }

    @Test
    void composite_isTheCrcOfThePartCrcsWithThePartCount() {
        // CRC-32C over the 8 bytes E3 06 92 83 E3 06 92 83, as S3 builds a two-part composite.
        java.util.zip.CRC32C expected = new java.util.zip.CRC32C();
        expected.update(
                new byte[] {(byte) 0xE3, 0x06, (byte) 0x92, (byte) 0x83, (byte) 0xE3, 0x06, (byte) 0x92, (byte) 0x83});

        assertThat(MultipartChecksums.composite(List.of(0xE3069283, 0xE3069283)))
                .isEqualTo(MultipartChecksums.base64((int) expected.getValue()) + "-2");
    }

    @Test
    void fileSlice_readsExactlyItsRange() throws Exception {
        Path file = Files.writeString(dir.resolve("slice"), "0123456789", StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                TransferFileSlice slice = new TransferFileSlice(channel, 3, 4)) {
            assertThat(new String(slice.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("3456");
            assertThat(slice.read()).isEqualTo(-1);
        }
    }
}
