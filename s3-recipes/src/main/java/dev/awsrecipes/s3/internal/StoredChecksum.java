package dev.awsrecipes.s3.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * The checksum S3 stores for an object, as {@code HeadObject} reports it with checksum mode on: the
 * algorithm, the base64 value, and for a composite one (a multipart object: the checksum of the parts'
 * checksums) the number of parts. CRC64NVME is not checked (the JDK has no CRC-64); the download then
 * checks size and ETag only.
 *
 * @param algorithm the algorithm
 * @param value base64 of the checksum, without the {@code -N} suffix
 * @param compositeParts the parts a composite checksum was made from; 0 for a full-object checksum
 */
record StoredChecksum(Algorithm algorithm, String value, int compositeParts) {

    /** The algorithms this recipe can check. */
    enum Algorithm {
        CRC32C,
        CRC32,
        SHA1,
        SHA256;

        boolean isCrc() {
            return this == CRC32C || this == CRC32;
        }

        int polynomial() {
            return this == CRC32C ? Crc32Combine.CRC32C : Crc32Combine.CRC32;
        }

        Checksum newCrc() {
            return this == CRC32C ? new CRC32C() : new CRC32();
        }

        MessageDigest newDigest() {
            try {
                return MessageDigest.getInstance(this == SHA1 ? "SHA-1" : "SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-1 and SHA-256", e);
            }
        }
    }

    /** The checksum the object's metadata carries, if it is one this recipe can check. */
    static Optional<StoredChecksum> of(HeadObjectResponse head) {
        boolean composite = head.checksumType() == ChecksumType.COMPOSITE;
        if (head.checksumCRC32C() != null) {
            return Optional.of(parse(Algorithm.CRC32C, head.checksumCRC32C(), composite));
        }
        if (head.checksumCRC32() != null) {
            return Optional.of(parse(Algorithm.CRC32, head.checksumCRC32(), composite));
        }
        if (head.checksumSHA256() != null) {
            return Optional.of(parse(Algorithm.SHA256, head.checksumSHA256(), composite));
        }
        if (head.checksumSHA1() != null) {
            return Optional.of(parse(Algorithm.SHA1, head.checksumSHA1(), composite));
        }
        return Optional.empty();
    }

    static StoredChecksum parse(Algorithm algorithm, String text, boolean compositeType) {
        int dash = text.lastIndexOf('-');
        if (dash > 0) {
            return new StoredChecksum(algorithm, text.substring(0, dash), Integer.parseInt(text.substring(dash + 1)));
        }
        // Some servers report a composite checksum without its "-N"; the part count then comes from the layout.
        return new StoredChecksum(algorithm, text, compositeType ? -1 : 0);
    }

    boolean composite() {
        return compositeParts != 0;
    }

    /** The text this checksum is reported as: {@code ALGORITHM:value} or {@code ALGORITHM:value-N}. */
    String describe(int parts) {
        return algorithm + ":" + value + (composite() ? "-" + parts : "");
    }

    /** The whole-object CRC from the CRCs of consecutive ranges and their lengths. */
    static int combineCrcs(Algorithm algorithm, List<Integer> crcs, List<Long> lengths) {
        int crc = 0;
        for (int i = 0; i < crcs.size(); i++) {
            crc = i == 0 ? crcs.get(0) : Crc32Combine.combine(algorithm.polynomial(), crc, crcs.get(i), lengths.get(i));
        }
        return crc;
    }

    /** S3's composite CRC: the CRC of the parts' CRCs, each as four big-endian bytes. */
    static String compositeCrc(Algorithm algorithm, List<Integer> partCrcs) {
        ByteBuffer joined = ByteBuffer.allocate(4 * partCrcs.size());
        partCrcs.forEach(joined::putInt);
        Checksum crc = algorithm.newCrc();
        crc.update(joined.array(), 0, joined.capacity());
        return base64((int) crc.getValue());
    }

    /** S3's composite digest: the digest of the parts' digests joined. */
    static String compositeDigest(Algorithm algorithm, List<byte[]> partDigests) {
        MessageDigest digest = algorithm.newDigest();
        partDigests.forEach(digest::update);
        return Base64.getEncoder().encodeToString(digest.digest());
    }

    static String base64(int crc) {
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(4).putInt(crc).array());
    }
}
