package dev.awsrecipes.s3.internal;

/**
 * Joins two CRC-32 values (of two consecutive byte ranges) into the CRC of the ranges together, without
 * the bytes: zlib's {@code crc32_combine}, for any reflected 32-bit polynomial. With it each range of a
 * parallel download keeps its own checksum and the object's whole checksum costs no second pass.
 */
final class Crc32Combine {
    /** The reflected polynomial of CRC-32 (zip, Ethernet). */
    static final int CRC32 = 0xEDB88320;
    /** The reflected polynomial of CRC-32C (Castagnoli). */
    static final int CRC32C = 0x82F63B78;

    private Crc32Combine() {}

    /** The CRC of A followed by B, given CRC(A), CRC(B) and the length of B. */
    static int combine(int polynomial, int crcA, int crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        // The operator for one zero bit, then squared to two and four bits.
        odd[0] = polynomial & 0xFFFFFFFFL;
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd);
        square(odd, even);
        long crc = crcA & 0xFFFFFFFFL;
        long length = lengthB;
        // Apply lengthB zero bytes to crcA, one bit of the length at a time (squaring per bit).
        do {
            square(even, odd);
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return (int) (crc ^ (crcB & 0xFFFFFFFFL));
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

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
