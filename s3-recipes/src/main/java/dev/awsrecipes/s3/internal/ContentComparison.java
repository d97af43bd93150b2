package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.S3Uri;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.Checksum;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Sync's {@code checksum} comparison: whether a file (or another object) holds the same bytes as an object,
 * judged by the checksum S3 already stores, without downloading it. One {@code HeadObject} with checksum
 * mode on tells what the object carries: a full-object CRC64NVME, CRC32 or CRC32C; a composite CRC32,
 * CRC32C, SHA-1 or SHA-256 ({@code value-N}, the checksum of the parts' checksums, for which the part
 * sizes are asked with {@code HeadObject partNumber}); or none, when a single-part object stored without
 * KMS still has its MD5 as ETag. The file is then read once, in that algorithm. What cannot be compared
 * (a multipart object with neither checksum nor MD5, KMS-encrypted objects without checksum) is said so,
 * and the caller falls back to size and time.
 *
 * <p>The download path ({@code DownloadVerifier}, {@code StoredChecksum}) verifies the same checksums from
 * the bytes it fetches; what both need (CRC64NVME, MD5 ETags, reading a file range into a checksum) could
 * be one helper later.
 */
final class ContentComparison {
    private static final int BUFFER = 256 * 1024;

    /** The outcome of one comparison. */
    enum Kind {
        SAME,
        DIFFERENT,
        UNKNOWN
    }

    /**
     * A comparison's outcome.
     *
     * @param kind same, different, or not comparable
     * @param how the checksum compared (e.g. {@code CRC32C}), or why none could be
     */
    record Verdict(Kind kind, String how) {
        static Verdict of(boolean same, String how) {
            return new Verdict(same ? Kind.SAME : Kind.DIFFERENT, how);
        }

        static Verdict unknown(String why) {
            return new Verdict(Kind.UNKNOWN, why);
        }
    }

    /**
     * What an object stores that a comparison can use.
     *
     * @param algorithm CRC64NVME, CRC32C, CRC32, SHA256, SHA1 or MD5 (a single-part ETag)
     * @param value the stored value (base64; hex for MD5), without a {@code -N} suffix
     * @param parts 0 for a full-object value, else the parts of a composite (-1: count not given)
     */
    record Stored(String algorithm, String value, int parts) {
        String describe() {
            return algorithm + (parts == 0 ? "" : " (composite)");
        }
    }

    private final S3Client s3;

    ContentComparison(S3Client s3) {
        this.s3 = s3;
    }

    /** Whether the file holds the object's bytes; the sizes are known to be equal. */
    Verdict fileVsObject(Path file, long size, S3Uri object) {
        if (size == 0) {
            return Verdict.of(true, "empty");
        }
        HeadObjectResponse head = head(object);
        Optional<Stored> stored = stored(head);
        if (stored.isEmpty()) {
            return Verdict.unknown(why(head));
        }
        Stored s = stored.get();
        String local = s.parts() == 0
                ? fullObject(file, s.algorithm(), size)
                : composite(
                        file,
                        s.algorithm(),
                        ObjectLayout.partSizes(s3, object.bucket(), object.key(), head.eTag(), size));
        return Verdict.of(local.equalsIgnoreCase(s.value()), s.describe());
    }

    /** Whether two objects hold the same bytes; the sizes are known to be equal. */
    Verdict objectVsObject(S3Uri source, S3Uri target, long size) {
        if (size == 0) {
            return Verdict.of(true, "empty");
        }
        HeadObjectResponse a = head(source);
        HeadObjectResponse b = head(target);
        Optional<Stored> sa = stored(a);
        Optional<Stored> sb = stored(b);
        if (sa.isPresent()
                && sb.isPresent()
                && sa.get().algorithm().equals(sb.get().algorithm())) {
            Stored x = sa.get();
            Stored y = sb.get();
            if (x.parts() == 0 && y.parts() == 0) {
                return Verdict.of(x.value().equals(y.value()), x.describe());
            }
            if (x.parts() == y.parts() && x.parts() > 0) {
                // Equal composites mean equal bytes; unequal ones may only be other part sizes, so copy.
                return Verdict.of(x.value().equals(y.value()), x.describe());
            }
        }
        Optional<String> ma = md5(a);
        Optional<String> mb = md5(b);
        if (ma.isPresent() && mb.isPresent()) {
            return Verdict.of(ma.get().equalsIgnoreCase(mb.get()), "MD5");
        }
        return Verdict.unknown("the two objects carry no checksum of one algorithm ("
                + sa.map(Stored::describe).orElse(why(a)) + "; "
                + sb.map(Stored::describe).orElse(why(b)) + ")");
    }

    private HeadObjectResponse head(S3Uri object) {
        return s3.headObject(r -> r.bucket(object.bucket()).key(object.key()).checksumMode(ChecksumMode.ENABLED));
    }

    /** The checksum the object carries, the stronger claim first; an MD5 ETag when there is none. */
    static Optional<Stored> stored(HeadObjectResponse head) {
        if (head.checksumCRC64NVME() != null) {
            return Optional.of(new Stored("CRC64NVME", head.checksumCRC64NVME(), 0));
        }
        Optional<StoredChecksum> known = StoredChecksum.of(head);
        if (known.isPresent()) {
            StoredChecksum c = known.get();
            return Optional.of(new Stored(c.algorithm().name(), c.value(), c.compositeParts()));
        }
        return md5(head).map(md5 -> new Stored("MD5", md5, 0));
    }

    /** The MD5 a single-part ETag is, unless KMS or a customer key made the ETag something else. */
    static Optional<String> md5(HeadObjectResponse head) {
        String eTag = head.eTag() == null ? "" : head.eTag().replace("\"", "");
        boolean kms = head.serverSideEncryptionAsString() != null
                && head.serverSideEncryptionAsString().startsWith("aws:kms");
        if (eTag.length() != 32 || eTag.contains("-") || kms || head.sseCustomerAlgorithm() != null) {
            return Optional.empty();
        }
        return Optional.of(eTag.toLowerCase(Locale.ROOT));
    }

    private static String why(HeadObjectResponse head) {
        String eTag = head.eTag() == null ? "" : head.eTag();
        if (eTag.contains("-")) {
            return "no stored checksum and a multipart ETag";
        }
        return "no stored checksum and an ETag that is no MD5 (KMS or customer-key encryption)";
    }

    /** The file's full-object value in the algorithm, in S3's text form. */
    static String fullObject(Path file, String algorithm, long size) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return switch (algorithm) {
                case "CRC64NVME" -> {
                    Crc64Nvme crc = new Crc64Nvme();
                    read(channel, 0, size, b -> update(crc, b));
                    yield Crc64Nvme.base64(crc.getValue());
                }
                case "CRC32C", "CRC32" -> {
                    Checksum crc = StoredChecksum.Algorithm.valueOf(algorithm).newCrc();
                    read(channel, 0, size, b -> update(crc, b));
                    yield StoredChecksum.Algorithm.valueOf(algorithm).text(crc.getValue());
                }
                case "MD5" -> HexFormat.of().formatHex(digest(channel, 0, size, md5Digest()));
                default -> java.util.Base64.getEncoder()
                        .encodeToString(digest(
                                channel,
                                0,
                                size,
                                StoredChecksum.Algorithm.valueOf(algorithm).newDigest()));
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's composite value for these part sizes: the checksum of the parts' checksums. */
    static String composite(Path file, String algorithm, List<Long> partSizes) {
        StoredChecksum.Algorithm a = StoredChecksum.Algorithm.valueOf(algorithm);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long offset = 0;
            List<Long> crcs = new ArrayList<>();
            List<byte[]> digests = new ArrayList<>();
            for (long part : partSizes) {
                if (a.isCrc()) {
                    Checksum crc = a.newCrc();
                    read(channel, offset, part, b -> update(crc, b));
                    crcs.add(crc.getValue());
                } else {
                    digests.add(digest(channel, offset, part, a.newDigest()));
                }
                offset += part;
            }
            return a.isCrc() ? StoredChecksum.compositeCrc(a, crcs) : StoredChecksum.compositeDigest(a, digests);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest md5Digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    private static byte[] digest(FileChannel channel, long offset, long length, MessageDigest digest)
            throws IOException {
        read(channel, offset, length, digest::update);
        return digest.digest();
    }

    private static void update(Checksum checksum, ByteBuffer buffer) {
        checksum.update(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
        buffer.position(buffer.limit());
    }

    private static void read(FileChannel channel, long offset, long length, Consumer<ByteBuffer> sink)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(BUFFER, Math.max(1, length)));
        for (long at = offset; at < offset + length; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), offset + length - at));
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException("the file ended at " + at + "; it changed while it was read");
            }
            buffer.flip();
            sink.accept(buffer);
            at += n;
        }
    }
}
