package dev.awsrecipes.ec2;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** The digests key fingerprints are made of, in the notations EC2 prints them in. */
final class Digests {
    private Digests() {}

    /** MD5, lower-case hex bytes separated by colons. */
    static String md5Hex(byte[] data) {
        return HexFormat.ofDelimiter(":").formatHex(digest("MD5", data));
    }

    /** SHA-1, lower-case hex bytes separated by colons. */
    static String sha1Hex(byte[] data) {
        return HexFormat.ofDelimiter(":").formatHex(digest("SHA-1", data));
    }

    /** SHA-256, padded base64. */
    static String sha256Base64(byte[] data) {
        return Base64.getEncoder().encodeToString(digest("SHA-256", data));
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
