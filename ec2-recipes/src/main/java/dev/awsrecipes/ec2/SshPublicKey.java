package dev.awsrecipes.ec2;

import dev.awsrecipes.core.InvalidArgumentException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * An SSH public key as EC2 imports it: RSA ({@code ssh-rsa}) or Ed25519 ({@code ssh-ed25519}), in the
 * OpenSSH one-line format of {@code authorized_keys}. Instances are validated when made, so bad key
 * material is rejected here, before {@code ImportKeyPair} is called.
 *
 * <pre>{@code
 * SshPublicKey key = SshPublicKey.read(Path.of(System.getProperty("user.home"), ".ssh", "id_ed25519"));
 * String line = key.toOpenSsh();   // "ssh-ed25519 AAAA... comment"
 * }</pre>
 */
public final class SshPublicKey {
    /** The OpenSSH type name of RSA keys. */
    public static final String RSA = "ssh-rsa";
    /** The OpenSSH type name of Ed25519 keys. */
    public static final String ED25519 = "ssh-ed25519";

    private static final int MIN_RSA_BITS = 1024;
    private static final int MAX_RSA_BITS = 16384;

    private final String type;
    private final byte[] blob;
    private final String comment;
    private final PublicKey publicKey;

    private SshPublicKey(String type, byte[] blob, String comment, PublicKey publicKey) {
        this.type = type;
        this.blob = blob;
        this.comment = comment;
        this.publicKey = publicKey;
    }

    /**
     * Parses one OpenSSH public-key line, {@code TYPE BASE64 [COMMENT]}.
     *
     * @throws InvalidArgumentException when the line is not an RSA or Ed25519 key EC2 can import
     */
    public static SshPublicKey parse(String line) {
        if (line == null || line.isBlank()) {
            throw invalid("is empty; expected a line like \"ssh-ed25519 AAAA... comment\"");
        }
        String[] parts = line.strip().split("\\s+", 3);
        if (parts.length < 2) {
            throw invalid("is not in OpenSSH format; expected \"TYPE BASE64 [COMMENT]\"");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw invalid("has key data that is not base64: " + e.getMessage());
        }
        SshPublicKey key = fromBlob(blob, parts.length > 2 ? parts[2] : "");
        if (!key.type.equals(parts[0])) {
            throw invalid("says " + parts[0] + " but its data is a " + key.type + " key");
        }
        return key;
    }

    /** A key from its SSH wire blob (the base64 part of an OpenSSH line, decoded). */
    public static SshPublicKey fromBlob(byte[] blob, String comment) {
        SshWire.Reader reader = new SshWire.Reader(blob);
        try {
            String type = reader.string();
            PublicKey key =
                    switch (type) {
                        case RSA -> rsa(reader.mpint(), reader.mpint());
                        case ED25519 -> ed25519(reader.bytes());
                        default -> throw invalid(
                                "has type " + type + "; EC2 imports only " + RSA + " and " + ED25519 + " keys");
                    };
            if (reader.hasMore()) {
                throw invalid("has extra bytes after the key data");
            }
            return new SshPublicKey(type, blob.clone(), comment == null ? "" : comment.strip(), key);
        } catch (IllegalArgumentException e) {
            throw invalid("has malformed key data: " + e.getMessage());
        }
    }

    /** The SSH form of a Java RSA or Ed25519 public key. */
    public static SshPublicKey of(PublicKey key, String comment) {
        SshWire.Writer writer = new SshWire.Writer();
        if (key instanceof RSAPublicKey rsa) {
            writer.string(RSA).mpint(rsa.getPublicExponent()).mpint(rsa.getModulus());
        } else if ("Ed25519".equals(key.getAlgorithm()) || "EdDSA".equals(key.getAlgorithm())) {
            byte[] spki = key.getEncoded();
            if (spki.length != Der.ED25519_SPKI_PREFIX.length + 32) {
                throw invalid("is an EdDSA key that is not Ed25519");
            }
            writer.string(ED25519).bytes(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
        } else {
            throw invalid("is a " + key.getAlgorithm() + " key; EC2 imports only RSA and Ed25519 keys");
        }
        return fromBlob(writer.toByteArray(), comment);
    }

    /**
     * Reads a key file: an OpenSSH public key ({@code id_ed25519.pub}) or a private key in PEM — PKCS#1
     * ({@code BEGIN RSA PRIVATE KEY}), PKCS#8 ({@code BEGIN PRIVATE KEY}) or OpenSSH ({@code BEGIN OPENSSH
     * PRIVATE KEY}) — whose public half is derived in Java.
     */
    public static SshPublicKey read(Path file) {
        return LocalKeys.load(file).publicKey();
    }

    /** The public half of an unencrypted PEM private key (RSA or Ed25519), derived in Java. */
    public static SshPublicKey fromPrivateKey(String pem) {
        return LocalKeys.parsePrivateKey(pem, "privateKey").publicKey();
    }

    /** {@code ssh-rsa} or {@code ssh-ed25519}. */
    public String type() {
        return type;
    }

    /** The key type as EC2 names it: {@code rsa} or {@code ed25519}. */
    public String ec2KeyType() {
        return type.equals(RSA) ? "rsa" : "ed25519";
    }

    /** The comment of the OpenSSH line; empty when there was none. */
    public String comment() {
        return comment;
    }

    /** The SSH wire blob. */
    public byte[] blob() {
        return blob.clone();
    }

    /** The key as a Java public key. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** The OpenSSH line: {@code TYPE BASE64[ COMMENT]}. */
    public String toOpenSsh() {
        String line = type + " " + Base64.getEncoder().encodeToString(blob);
        return comment.isEmpty() ? line : line + " " + comment;
    }

    /** What {@code ssh-keygen -l} prints: {@code SHA256:} and the unpadded base64 SHA-256 of the blob. */
    public String sha256Fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** Same type and key material; the comment does not count. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SshPublicKey k && type.equals(k.type) && Arrays.equals(blob, k.blob);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(blob);
    }

    @Override
    public String toString() {
        return type + " " + sha256Fingerprint() + (comment.isEmpty() ? "" : " " + comment);
    }

    private static PublicKey rsa(BigInteger exponent, BigInteger modulus) {
        if (modulus.signum() <= 0 || exponent.signum() <= 0 || !exponent.testBit(0)) {
            throw invalid("is an RSA key with an invalid modulus or exponent");
        }
        int bits = modulus.bitLength();
        if (bits < MIN_RSA_BITS || bits > MAX_RSA_BITS) {
            throw invalid("is an RSA key of " + bits + " bits; EC2 needs " + MIN_RSA_BITS + " to " + MAX_RSA_BITS);
        }
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
        } catch (GeneralSecurityException e) {
            throw invalid("is an RSA key the JDK rejects: " + e.getMessage());
        }
    }

    private static PublicKey ed25519(byte[] raw) {
        if (raw.length != 32) {
            throw invalid("is an Ed25519 key of " + raw.length + " bytes; it must have 32");
        }
        byte[] spki = Arrays.copyOf(Der.ED25519_SPKI_PREFIX, Der.ED25519_SPKI_PREFIX.length + 32);
        System.arraycopy(raw, 0, spki, Der.ED25519_SPKI_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519", "SunEC").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw invalid("is an Ed25519 key the JDK rejects: " + e.getMessage());
        }
    }

    private static InvalidArgumentException invalid(String rule) {
        return new InvalidArgumentException("publicKey", "publicKey " + rule);
    }
}
