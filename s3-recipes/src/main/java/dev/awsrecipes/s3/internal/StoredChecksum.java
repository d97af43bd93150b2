package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.ChecksumCheck;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * The checksum an object carries, as {@code HeadObject} reports it with checksum mode on: the algorithm,
 * the value, and for a composite one (a multipart object: the checksum of the parts' checksums) the
 * number of parts. An object with no stored checksum that was put in one piece without KMS or customer
 * keys still has one: its ETag is the MD5 of its bytes ({@link Algorithm#MD5}, value in hex).
 *
 * @param algorithm the algorithm
 * @param value base64 of the checksum (hex for the MD5 of an ETag), without the {@code -N} suffix
 * @param compositeParts the parts a composite checksum was made from; 0 for a full-object checksum
 */
record StoredChecksum(Algorithm algorithm, String value, int compositeParts) {
    private static final Pattern MD5_ETAG = Pattern.compile("\"?[0-9a-fA-F]{32}\"?");

    /** The algorithms this recipe can check. */
    enum Algorithm {
        CRC32C,
        CRC32,
        CRC64NVME,
        SHA1,
        SHA256,
        /** Only ever from an ETag. */
        MD5;

        boolean isCrc() {
            return this == CRC32C || this == CRC32 || this == CRC64NVME;
        }

        /** Bytes of one raw CRC. */
        int crcBytes() {
            return this == CRC64NVME ? 8 : 4;
        }

        Checksum newCrc() {
            return switch (this) {
                case CRC32C -> new CRC32C();
                case CRC32 -> new CRC32();
                case CRC64NVME -> new Crc64Nvme();
                default -> throw new IllegalStateException(this + " is not a CRC");
            };
        }

        /** The CRC of A followed by B (CRCs as {@link Checksum#getValue()} gives them). */
        long combine(long crcA, long crcB, long lengthB) {
            if (this == CRC64NVME) {
                return Crc64Nvme.combine(crcA, crcB, lengthB);
            }
            return Crc32Combine.combine(polynomial(), (int) crcA, (int) crcB, lengthB) & 0xFFFFFFFFL;
        }

        /** The reflected polynomial of a 32-bit CRC. */
        int polynomial() {
            return switch (this) {
                case CRC32C -> Crc32Combine.CRC32C;
                case CRC32 -> Crc32Combine.CRC32;
                default -> throw new IllegalStateException(this + " is not a 32-bit CRC");
            };
        }

        /** S3's text of a CRC: base64 of its big-endian bytes. */
        String text(long crc) {
            ByteBuffer raw = ByteBuffer.allocate(crcBytes());
            if (this == CRC64NVME) {
                raw.putLong(crc);
            } else {
                raw.putInt((int) crc);
            }
            return Base64.getEncoder().encodeToString(raw.array());
        }

        MessageDigest newDigest() {
            try {
                return MessageDigest.getInstance(
                        switch (this) {
                            case SHA1 -> "SHA-1";
                            case SHA256 -> "SHA-256";
                            case MD5 -> "MD5";
                            default -> throw new IllegalStateException(this + " is not a digest");
                        });
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-1, SHA-256 and MD5", e);
            }
        }

        /** S3's text of a digest: base64, or hex for an ETag's MD5. */
        String text(byte[] digest) {
            return this == MD5
                    ? HexFormat.of().formatHex(digest)
                    : Base64.getEncoder().encodeToString(digest);
        }
    }

    /**
     * The checksum the object carries, if it is one this recipe can check: a stored one first, then
     * the MD5 ETag.
     */
    static Optional<StoredChecksum> of(HeadObjectResponse head) {
        boolean composite = head.checksumType() == ChecksumType.COMPOSITE;
        if (head.checksumCRC64NVME() != null) {
            return Optional.of(parse(Algorithm.CRC64NVME, head.checksumCRC64NVME(), composite));
        }
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
        if (whyETagIsNoMd5(head).isEmpty()) {
            return Optional.of(new StoredChecksum(
                    Algorithm.MD5, head.eTag().replace("\"", "").toLowerCase(Locale.ROOT), 0));
        }
        return Optional.empty();
    }

    /** Why an object {@link #of} finds nothing in cannot be checked, from its metadata. */
    static String whyNone(HeadObjectResponse head) {
        return "S3 stores no checksum for it and its ETag is not the MD5 of its bytes ("
                + whyETagIsNoMd5(head).orElse("unknown") + ")";
    }

    /**
     * Why an object with this ETag that {@link #of} finds nothing in cannot be checked, when only its ETag
     * is at hand: an ETag of 32 hex digits was refused for its encryption.
     */
    static String whyNone(String eTag) {
        String why = eTag == null
                ? "there is none"
                : eTag.contains("-")
                        ? "it was uploaded in parts"
                        : MD5_ETAG.matcher(eTag).matches()
                                ? "it is encrypted with KMS or a customer-provided key"
                                : "the ETag " + eTag + " is not 32 hex digits";
        return "S3 stores no checksum for it and its ETag is not the MD5 of its bytes (" + why + ")";
    }

    /**
     * Empty when the ETag is the MD5 of the bytes: 32 hex digits (an object put in one piece; a multipart
     * one ends in {@code -N}), not encrypted with KMS or a customer's key (their ETags are not MD5s).
     */
    private static Optional<String> whyETagIsNoMd5(HeadObjectResponse head) {
        String eTag = head.eTag();
        if (eTag == null) {
            return Optional.of("there is none");
        }
        if (eTag.contains("-")) {
            return Optional.of("it was uploaded in parts");
        }
        if (head.sseCustomerAlgorithm() != null) {
            return Optional.of("it is encrypted with a customer-provided key, SSE-C");
        }
        ServerSideEncryption sse = head.serverSideEncryption();
        if (sse == ServerSideEncryption.AWS_KMS || sse == ServerSideEncryption.AWS_KMS_DSSE) {
            return Optional.of("it is encrypted with KMS, " + head.serverSideEncryptionAsString());
        }
        if (sse != null && sse != ServerSideEncryption.AES256) {
            return Optional.of("it is encrypted with " + head.serverSideEncryptionAsString());
        }
        if (!MD5_ETAG.matcher(eTag).matches()) {
            return Optional.of("the ETag " + eTag + " is not 32 hex digits");
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

    /** The type as {@link ChecksumCheck#type()} reports it. */
    String type() {
        return algorithm == Algorithm.MD5
                ? ChecksumCheck.ETAG_MD5
                : composite() ? ChecksumCheck.COMPOSITE : ChecksumCheck.FULL_OBJECT;
    }

    /** The value as S3 shows it for an object of {@code parts} parts: composite ones end in {@code -N}. */
    String shown(int parts) {
        return value + (composite() ? "-" + parts : "");
    }

    /** The text this checksum is reported as: {@code ALGORITHM:value} or {@code ALGORITHM:value-N}. */
    String describe(int parts) {
        return algorithm + ":" + shown(parts);
    }

    /** What a download verified against this checksum reports. */
    ChecksumCheck verified(int parts) {
        return ChecksumCheck.verified(algorithm.name(), type(), shown(parts));
    }

    /** The whole-object CRC from the CRCs of consecutive ranges and their lengths. */
    static long combineCrcs(Algorithm algorithm, List<Long> crcs, List<Long> lengths) {
        long crc = 0;
        for (int i = 0; i < crcs.size(); i++) {
            crc = i == 0 ? crcs.get(0) : algorithm.combine(crc, crcs.get(i), lengths.get(i));
        }
        return crc;
    }

    /** S3's composite CRC: the CRC of the parts' CRCs, each as big-endian bytes. */
    static String compositeCrc(Algorithm algorithm, List<Long> partCrcs) {
        ByteBuffer joined = ByteBuffer.allocate(algorithm.crcBytes() * partCrcs.size());
        for (long crc : partCrcs) {
            if (algorithm.crcBytes() == 8) {
                joined.putLong(crc);
            } else {
                joined.putInt((int) crc);
            }
        }
        Checksum crc = algorithm.newCrc();
        crc.update(joined.array(), 0, joined.capacity());
        return algorithm.text(crc.getValue());
    }

    /** S3's composite digest: the digest of the parts' digests joined. */
    static String compositeDigest(Algorithm algorithm, List<byte[]> partDigests) {
        MessageDigest digest = algorithm.newDigest();
        partDigests.forEach(digest::update);
        return algorithm.text(digest.digest());
    }
}
