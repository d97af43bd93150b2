package dev.awsrecipes.ec2.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * SSH host-key blobs (the public key in SSH wire form, as in {@code known_hosts}) of any type, RSA,
 * ECDSA, Ed25519 or DSA: their type, their fingerprints as {@code ssh-keygen -l} prints them, and the
 * algorithm names a client offers for them. Nothing here needs to understand the key material itself.
 */
public final class HostKeyMaterial {
    private HostKeyMaterial() {}

    /**
     * The key type a blob names in its first field ({@code ssh-ed25519}): an SSH string (RFC 4251), a
     * 4-byte big-endian length and that many bytes. Fails with {@link IllegalArgumentException} on a
     * damaged blob.
     */
    public static String typeOf(byte[] blob) {
        ByteBuffer buffer = ByteBuffer.wrap(blob);
        if (buffer.remaining() < 4) {
            throw new IllegalArgumentException("truncated: expected 4 more bytes");
        }
        int length = buffer.getInt();
        if (length < 0 || length > buffer.remaining()) {
            throw new IllegalArgumentException("truncated field of " + length + " bytes");
        }
        return new String(blob, 4, length, StandardCharsets.UTF_8);
    }

    /** Whether the base64 decodes to a blob of the given type. */
    public static boolean blobNamesType(String base64, String type) {
        try {
            return typeOf(Base64.getDecoder().decode(base64)).equals(type);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code SHA256:} and the unpadded base64 of the blob's SHA-256: what OpenSSH prints today. */
    public static String sha256(byte[] blob) {
        return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest("SHA-256", blob));
    }

    /** {@code MD5:} and the colon hex of the blob's MD5: what older images print (often without prefix). */
    public static String md5(byte[] blob) {
        return "MD5:" + HexFormat.ofDelimiter(":").formatHex(digest("MD5", blob));
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    /** The label {@code ssh-keygen -l} puts in brackets: ED25519, ECDSA, RSA, DSA (or the type, upper-case). */
    public static String label(String keyType) {
        if (keyType.equals("ssh-ed25519")) {
            return "ED25519";
        }
        if (keyType.startsWith("ecdsa-sha2-")) {
            return "ECDSA";
        }
        if (keyType.equals("ssh-rsa")) {
            return "RSA";
        }
        if (keyType.equals("ssh-dss")) {
            return "DSA";
        }
        return keyType.toUpperCase(Locale.ROOT);
    }

    /**
     * The host-key algorithms a client can offer for a key with this label (and size, which tells ECDSA
     * curves apart), so that negotiation picks a key that can be checked rather than one nobody vouched
     * for; RSA keys sign with SHA-2 today and SHA-1 on old servers.
     */
    public static List<String> algorithms(String label, int bits) {
        return switch (label.toUpperCase(Locale.ROOT)) {
            case "ED25519" -> List.of("ssh-ed25519");
            case "ECDSA" -> bits == 384
                    ? List.of("ecdsa-sha2-nistp384")
                    : bits == 521 ? List.of("ecdsa-sha2-nistp521") : List.of("ecdsa-sha2-nistp256");
            case "RSA" -> List.of("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa");
            case "DSA" -> List.of("ssh-dss");
            default -> List.of();
        };
    }

    /** The algorithms for a key of this SSH type ({@code ecdsa-sha2-nistp384}). */
    public static List<String> algorithmsForType(String keyType) {
        if (keyType.startsWith("ecdsa-sha2-")) {
            return List.of(keyType);
        }
        return algorithms(label(keyType), 0);
    }
}
