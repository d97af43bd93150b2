package dev.awsrecipes.s3.internal;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.Checksum;

/**
 * CRC-64/NVME, the checksum S3 gives every new object when the client sent none: reflected polynomial
 * {@code 0xAD93D23594C93659}, all bits set at the start and inverted at the end (check value of
 * {@code "123456789"}: {@code 0xAE8B14860A799888}). The JDK has no CRC-64 and the SDK's needs the CRT, so
 * this is the plain table-driven form; S3 reports it as base64 of the eight big-endian bytes.
 */
final class Crc64Nvme implements Checksum {
    private static final long POLYNOMIAL = 0x9A6C9329AC4BC9B5L; // 0xAD93D23594C93659 bit-reversed
    private static final long[] TABLE = new long[256];

    static {
        for (int i = 0; i < 256; i++) {
            long crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLYNOMIAL : crc >>> 1;
            }
            TABLE[i] = crc;
        }
    }

    private long crc = ~0L;

    @Override
    public void update(int b) {
        crc = TABLE[(int) ((crc ^ b) & 0xFF)] ^ (crc >>> 8);
    }

    @Override
    public void update(byte[] bytes, int offset, int length) {
        long c = crc;
        for (int i = offset; i < offset + length; i++) {
            c = TABLE[(int) ((c ^ bytes[i]) & 0xFF)] ^ (c >>> 8);
        }
        crc = c;
    }

    @Override
    public long getValue() {
        return ~crc;
    }

    @Override
    public void reset() {
        crc = ~0L;
    }

    /** S3's text form: base64 of the eight big-endian bytes. */
    static String base64(long crc) {
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(8).putLong(crc).array());
    }
}
