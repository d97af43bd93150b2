package dev.awsrecipes.ssh;

import dev.awsrecipes.core.Check;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Fingerprints of SSH host keys as {@code ssh-keygen -l} prints them, from the key's blob (the public key
 * in SSH wire form, the base64 part of a {@code known_hosts} or {@code .pub} line, decoded), of any type:
 * RSA, ECDSA, Ed25519 or DSA. Nothing here needs to understand the key material itself. What the
 * instance's console output announced ({@link SshHostKeys}) and what a session verified ({@link
 * VerifiedHostKey}) use these forms.
 *
 * <pre>{@code
 * byte[] blob = Base64.getDecoder().decode(knownHostsLine.split(" ")[2]);
 * String printed = SshFingerprints.label(SshFingerprints.keyType(blob)) + " " + SshFingerprints.sha256(blob);
 * }</pre>
 */
public final class SshFingerprints {
    private SshFingerprints() {}

    /**
     * The key type a blob names in its first field ({@code ssh-ed25519}): an SSH string (RFC 4251), a
     * 4-byte big-endian length and that many bytes.
     *
     * @param blob the key blob
     * @return the key type
     * @throws IllegalArgumentException when the blob is too short to hold its first field
     */
    public static String keyType(byte[] blob) {
        Check.notNull(blob, "blob");
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

    /** Whether the base64 decodes to a blob of the given type: a key line whose data matches its type. */
    static boolean blobNamesType(String base64, String type) {
        try {
            return keyType(Base64.getDecoder().decode(base64)).equals(type);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * What OpenSSH prints today.
     *
     * @param blob the key blob
     * @return {@code SHA256:} and the unpadded base64 of the blob's SHA-256
     */
    public static String sha256(byte[] blob) {
        Check.notNull(blob, "blob");
        return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest("SHA-256", blob));
    }

    /**
     * What older images print (often without the prefix).
     *
     * @param blob the key blob
     * @return {@code MD5:} and the colon hex of the blob's MD5
     */
    public static String md5(byte[] blob) {
        Check.notNull(blob, "blob");
        return "MD5:" + HexFormat.ofDelimiter(":").formatHex(digest("MD5", blob));
    }

    /**
     * The label {@code ssh-keygen -l} puts in brackets.
     *
     * @param keyType an SSH key type such as {@code ssh-ed25519}
     * @return ED25519, ECDSA, RSA, DSA, or the type upper-cased
     */
    public static String label(String keyType) {
        Check.notNull(keyType, "keyType");
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

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
