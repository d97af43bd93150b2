package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;
import org.junit.jupiter.api.Test;

class Crc32CombineTest {

    @Test
    void combine_twoRanges_equalsTheCrcOfBothTogether_forCrc32cAndCrc32() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 50; round++) {
            byte[] bytes = new byte[1 + random.nextInt(200_000)];
            random.nextBytes(bytes);
            int cut = random.nextInt(bytes.length + 1);
            for (StoredChecksum.Algorithm algorithm :
                    new StoredChecksum.Algorithm[] {StoredChecksum.Algorithm.CRC32C, StoredChecksum.Algorithm.CRC32}) {
                int a = crc(algorithm.newCrc(), bytes, 0, cut);
                int b = crc(algorithm.newCrc(), bytes, cut, bytes.length - cut);
                int whole = crc(algorithm.newCrc(), bytes, 0, bytes.length);
                assertThat(Crc32Combine.combine(algorithm.polynomial(), a, b, bytes.length - cut))
                        .as("%s, %d bytes cut at %d", algorithm, bytes.length, cut)
                        .isEqualTo(whole);
            }
        }
    }

    @Test
    void combine_emptySecondRange_isTheFirstCrc() {
        assertThat(Crc32Combine.combine(Crc32Combine.CRC32C, 0x12345678, 0, 0)).isEqualTo(0x12345678);
    }

    @Test
    void polynomials_matchTheJdkImplementations() {
        byte[] text = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(crc(new CRC32C(), text, 0, text.length)).isEqualTo(0xE3069283); // the CRC-32C check value
        assertThat(crc(new CRC32(), text, 0, text.length)).isEqualTo(0xCBF43926); // the CRC-32 check value
    }

    private static int crc(Checksum crc, byte[] bytes, int off, int len) {
        crc.update(bytes, off, len);
        return (int) crc.getValue();
    }
}
