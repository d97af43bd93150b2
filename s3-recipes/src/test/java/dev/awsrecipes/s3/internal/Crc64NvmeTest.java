package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Crc64NvmeTest {

    @Test
    void checkValue_of123456789_isThePublishedOne() {
        byte[] text = "123456789".getBytes(StandardCharsets.US_ASCII);
        Crc64Nvme crc = new Crc64Nvme();

        crc.update(text, 0, text.length);

        assertThat(crc.getValue()).isEqualTo(0xae8b14860a799888L);
    }

    /** Every length around the eight-byte steps, at odd offsets, byte by byte and through a ByteBuffer. */
    @Test
    void update_anyLengthAndOffset_equalsTheBitwiseDefinition() {
        SplittableRandom random = new SplittableRandom(11);
        byte[] bytes = new byte[300];
        random.nextBytes(bytes);
        for (int length = 0; length < 40; length++) {
            for (int offset = 0; offset < 9; offset++) {
                Crc64Nvme whole = new Crc64Nvme();
                whole.update(bytes, offset, length);
                Crc64Nvme byByte = new Crc64Nvme();
                for (int i = offset; i < offset + length; i++) {
                    byByte.update(bytes[i]);
                }
                Crc64Nvme viaBuffer = new Crc64Nvme();
                viaBuffer.update(ByteBuffer.allocateDirect(length)
                        .put(bytes, offset, length)
                        .flip());

                long expected = S3Checksums.crc64nvme(bytes, offset, length);
                assertThat(whole.getValue())
                        .as("%d bytes at %d", length, offset)
                        .isEqualTo(expected);
                assertThat(byByte.getValue()).isEqualTo(expected);
                assertThat(viaBuffer.getValue()).isEqualTo(expected);
            }
        }
    }

    @Test
    void reset_startsOver() {
        Crc64Nvme crc = new Crc64Nvme();
        crc.update(new byte[] {1, 2, 3}, 0, 3);

        crc.reset();

        assertThat(crc.getValue()).isZero(); // the CRC of nothing: initial value and final XOR cancel
    }

    @Test
    void combine_twoRanges_equalsTheCrcOfBothTogether() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 50; round++) {
            byte[] bytes = new byte[1 + random.nextInt(200_000)];
            random.nextBytes(bytes);
            int cut = random.nextInt(bytes.length + 1);
            long a = crc(bytes, 0, cut);
            long b = crc(bytes, cut, bytes.length - cut);

            assertThat(Crc64Nvme.combine(a, b, bytes.length - cut))
                    .as("%d bytes cut at %d", bytes.length, cut)
                    .isEqualTo(S3Checksums.crc64nvme(bytes, 0, bytes.length));
        }
    }

    /** A long second range (768 MiB and 5 bytes: high bits of the length set), against appending the zeros. */
    @Test
    void combine_withALongSecondRange_matchesTheBytesAppended() {
        byte[] zeros = new byte[1 << 20];
        long length = (768L << 20) + 5;
        Crc64Nvme appended = new Crc64Nvme();
        appended.update(new byte[] {42}, 0, 1);
        Crc64Nvme zerosOnly = new Crc64Nvme();
        for (long done = 0; done < length; done += zeros.length) {
            int n = (int) Math.min(zeros.length, length - done);
            appended.update(zeros, 0, n);
            zerosOnly.update(zeros, 0, n);
        }

        assertThat(Crc64Nvme.combine(crc(new byte[] {42}, 0, 1), zerosOnly.getValue(), length))
                .isEqualTo(appended.getValue());
    }

    @Test
    void combine_emptySecondRange_isTheFirstCrc() {
        assertThat(Crc64Nvme.combine(0x1234567890abcdefL, 0, 0)).isEqualTo(0x1234567890abcdefL);
    }

    private static long crc(byte[] bytes, int off, int len) {
        Crc64Nvme crc = new Crc64Nvme();
        crc.update(bytes, off, len);
        return crc.getValue();
    }
}
