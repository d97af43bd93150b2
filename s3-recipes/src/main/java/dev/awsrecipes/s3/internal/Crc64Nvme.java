package dev.awsrecipes.s3.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.zip.Checksum;

/**
 * CRC-64/NVME, the checksum S3 gives every new object when the client sent none: reflected polynomial
 * {@code 0x9a6c9329ac4bc9b5}, initial value and final XOR all ones (check value of {@code "123456789"}:
 * {@code 0xae8b14860a799888}). The SDK computes it only with the CRT, a native library this project does
 * not depend on; this is plain Java, eight bytes per step (slice-by-8), with {@link #combine} so the CRCs of
 * ranges fetched in parallel give the object's without a second pass over the bytes.
 */
final class Crc64Nvme implements Checksum {
    /** The reflected polynomial. */
    static final long POLYNOMIAL = 0x9a6c9329ac4bc9b5L;

    private static final VarHandle LITTLE_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** TABLES[k][b]: the register change of byte b followed by k zero bytes. */
    private static final long[][] TABLES = tables();

    /** ZEROS[k]: the operator that appends 2^k zero bytes to a CRC (a 64x64 matrix over GF(2), by column). */
    private static final long[][] ZEROS = zeroOperators();

    private long register = ~0L;

    @Override
    public void update(int b) {
        register = TABLES[0][(int) (register ^ b) & 0xFF] ^ (register >>> 8);
    }

    @Override
    public void update(byte[] bytes, int off, int len) {
        long crc = register;
        int at = off;
        int end = off + len;
        long[] t0 = TABLES[0];
        long[] t1 = TABLES[1];
        long[] t2 = TABLES[2];
        long[] t3 = TABLES[3];
        long[] t4 = TABLES[4];
        long[] t5 = TABLES[5];
        long[] t6 = TABLES[6];
        long[] t7 = TABLES[7];
        for (; end - at >= 8; at += 8) {
            long v = crc ^ (long) LITTLE_ENDIAN_LONG.get(bytes, at);
            crc = t7[(int) v & 0xFF]
                    ^ t6[(int) (v >>> 8) & 0xFF]
                    ^ t5[(int) (v >>> 16) & 0xFF]
                    ^ t4[(int) (v >>> 24) & 0xFF]
                    ^ t3[(int) (v >>> 32) & 0xFF]
                    ^ t2[(int) (v >>> 40) & 0xFF]
                    ^ t1[(int) (v >>> 48) & 0xFF]
                    ^ t0[(int) (v >>> 56) & 0xFF];
        }
        for (; at < end; at++) {
            crc = t0[(int) (crc ^ bytes[at]) & 0xFF] ^ (crc >>> 8);
        }
        register = crc;
    }

    @Override
    public long getValue() {
        return ~register;
    }

    @Override
    public void reset() {
        register = ~0L;
    }

    /** S3's text form: base64 of the eight big-endian bytes. */
    static String base64(long crc) {
        return StoredChecksum.Algorithm.CRC64NVME.text(crc);
    }

    /** The CRC-64/NVME of A followed by B, given CRC(A), CRC(B) and the length of B. */
    static long combine(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        long crc = crcA;
        for (int k = 0; lengthB != 0; k++, lengthB >>>= 1) {
            if ((lengthB & 1) != 0) {
                crc = times(ZEROS[k], crc);
            }
        }
        return crc ^ crcB;
    }

    private static long[][] tables() {
        long[][] tables = new long[8][256];
        for (int b = 0; b < 256; b++) {
            long crc = b;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLYNOMIAL : crc >>> 1;
            }
            tables[0][b] = crc;
        }
        for (int k = 1; k < 8; k++) {
            for (int b = 0; b < 256; b++) {
                long previous = tables[k - 1][b];
                tables[k][b] = (previous >>> 8) ^ tables[0][(int) previous & 0xFF];
            }
        }
        return tables;
    }

    /**
     * Appending zeros to the message multiplies the CRC by a fixed matrix; one zero bit's matrix, squared
     * three times, is one zero byte's, and squared again per power of two. The final XOR and the initial
     * value cancel out (they are the same for A, B and AB), as in zlib's {@code crc32_combine}.
     */
    private static long[][] zeroOperators() {
        long[] oneBit = new long[64];
        oneBit[0] = POLYNOMIAL;
        for (int n = 1; n < 64; n++) {
            oneBit[n] = 1L << (n - 1);
        }
        long[] operator = square(square(square(oneBit)));
        long[][] zeros = new long[64][];
        for (int k = 0; k < 64; k++) {
            zeros[k] = operator;
            operator = square(operator);
        }
        return zeros;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static long[] square(long[] matrix) {
        long[] square = new long[64];
        for (int n = 0; n < 64; n++) {
            square[n] = times(matrix, matrix[n]);
        }
        return square;
    }
}
