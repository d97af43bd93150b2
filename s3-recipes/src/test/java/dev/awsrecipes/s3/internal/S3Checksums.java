package dev.awsrecipes.s3.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
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
        SHA256
    }

    private S3Checksums() {}

    /** Base64 of the checksum of all the bytes. */
    static String fullObject(Kind kind, byte[] bytes) {
        return base64(raw(kind, bytes, 0, bytes.length));
    }

    /** S3's composite value for an object uploaded in parts of these sizes, with its {@code -N}. */
    static String composite(Kind kind, byte[] bytes, List<Long> parts) {
        ByteBuffer joined = ByteBuffer.allocate(parts.size() * (kind == Kind.SHA1 ? 20 : kind == Kind.SHA256 ? 32 : 4));
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
            default -> {
                try {
                    MessageDigest digest = MessageDigest.getInstance(kind == Kind.SHA1 ? "SHA-1" : "SHA-256");
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
