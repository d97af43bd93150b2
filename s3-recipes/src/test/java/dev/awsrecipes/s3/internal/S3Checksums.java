package dev.awsrecipes.s3.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * The checksums S3 reports, computed the way S3 documents them and written out here on their own (not
 * with the code under test): a full-object checksum is that of all the bytes; a composite one is the
 * checksum of the parts' raw checksums joined, with {@code -N} for N parts.
 */
final class S3Checksums {
    /** The algorithms S3 offers that these tests compute. */
    enum Kind {
        CRC32C,
        CRC32,
        SHA1,
        SHA256,
        CRC64NVME,
        /** The MD5 an ETag is; hex, not base64. */
        MD5
    }

    private S3Checksums() {}

    /** Base64 of the checksum of all the bytes (hex for MD5, as an ETag shows it). */
    static String fullObject(Kind kind, byte[] bytes) {
        byte[] raw = raw(kind, bytes, 0, bytes.length);
        return kind == Kind.MD5 ? HexFormat.of().formatHex(raw) : base64(raw);
    }

    /**
     * CRC-64/NVME one bit at a time, straight from its definition (reflected polynomial 0x9a6c9329ac4bc9b5,
     * initial value and final XOR all ones): slow and obviously right, unlike the table-driven code under test.
     */
    static long crc64nvme(byte[] bytes, int offset, int length) {
        long crc = ~0L;
        for (int i = offset; i < offset + length; i++) {
            crc ^= bytes[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x9a6c9329ac4bc9b5L : crc >>> 1;
            }
        }
        return ~crc;
    }

    /** S3's composite value for an object uploaded in parts of these sizes, with its {@code -N}. */
    static String composite(Kind kind, byte[] bytes, List<Long> parts) {
        int width =
                switch (kind) {
                    case SHA1 -> 20;
                    case SHA256 -> 32;
                    case MD5 -> 16;
                    case CRC64NVME -> 8;
                    default -> 4;
                };
        ByteBuffer joined = ByteBuffer.allocate(parts.size() * width);
        int offset = 0;
        for (long part : parts) {
            joined.put(raw(kind, bytes, offset, (int) part));
            offset += (int) part;
        }
        return base64(raw(kind, joined.array(), 0, joined.capacity())) + "-" + parts.size();
    }

    private static byte[] raw(Kind kind, byte[] bytes, int offset, int length) {
        switch (kind) {
            case CRC32C, CRC32 -> {
                Checksum crc = kind == Kind.CRC32C ? new CRC32C() : new CRC32();
                crc.update(bytes, offset, length);
                return ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
            }
            case CRC64NVME -> {
                return ByteBuffer.allocate(8)
                        .putLong(crc64nvme(bytes, offset, length))
                        .array();
            }
            default -> {
                try {
                    MessageDigest digest = MessageDigest.getInstance(
                            kind == Kind.SHA1 ? "SHA-1" : kind == Kind.MD5 ? "MD5" : "SHA-256");
                    digest.update(bytes, offset, length);
                    return digest.digest();
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static String base64(byte[] raw) {
        return Base64.getEncoder().encodeToString(raw);
    }
}
