package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads SSH key files in Java: OpenSSH public keys and unencrypted PEM private keys (RSA, Ed25519). */
final class LocalKeys {
    private static final Pattern PEM =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----\\s*(.*?)\\s*-----END \\1-----", Pattern.DOTALL);
    private static final byte[] OPENSSH_MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_KEY_FILE = 64 * 1024;

    private LocalKeys() {}

    /**
     * A key read from disk: its public half and, for an RSA private key, its PKCS#8 DER encoding (what
     * EC2 hashes for the fingerprint of a key it created).
     *
     * @param publicKey the public key
     * @param rsaPkcs8 the PKCS#8 DER of the RSA private key; null for public key files and Ed25519
     */
    record LocalKey(SshPublicKey publicKey, byte[] rsaPkcs8) {
        boolean hasRsaPrivateKey() {
            return rsaPkcs8 != null;
        }
    }

    /** The key in the file, which holds an OpenSSH public key or a PEM private key. */
    static LocalKey load(Path file) {
        Check.notNull(file, "keyFile");
        String text;
        try {
            if (Files.size(file) > MAX_KEY_FILE) {
                throw new InvalidArgumentException("keyFile", "keyFile " + file + " is too large to be an SSH key");
            }
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidArgumentException("keyFile", "keyFile " + file + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key file " + file, e);
        }
        if (text.contains("-----BEGIN ")) {
            return parsePrivateKey(text, "keyFile " + file);
        }
        try {
            return new LocalKey(SshPublicKey.parse(text), null);
        } catch (InvalidArgumentException e) {
            throw new InvalidArgumentException(
                    "keyFile",
                    "keyFile " + file + " is neither a PEM private key nor an OpenSSH public key: " + e.getMessage());
        }
    }

    /** The public half (and RSA PKCS#8) of a PEM private key; {@code what} names it in errors. */
    static LocalKey parsePrivateKey(String pem, String what) {
        Check.notBlank(pem, "privateKey");
        Matcher m = PEM.matcher(pem);
        if (!m.find()) {
            throw invalid(what, "is not a PEM private key (no BEGIN/END lines)");
        }
        String label = m.group(1);
        String body = m.group(2);
        if (body.contains("ENCRYPTED") || body.contains(":") || label.startsWith("ENCRYPTED")) {
            throw invalid(what, "is encrypted; decrypt it first (ssh-keygen -p) or give its .pub file");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw invalid(what, "has a body that is not base64");
        }
        return switch (label) {
            case "RSA PRIVATE KEY" -> rsaPkcs8(Der.pkcs8FromPkcs1(der), what);
            case "PRIVATE KEY" -> pkcs8(der, what);
            case "OPENSSH PRIVATE KEY" -> new LocalKey(openSshPublicKey(der, what), null);
            default -> throw invalid(
                    what, "is a \"" + label + "\"; expected an RSA or Ed25519 private key in PEM or OpenSSH format");
        };
    }

    private static LocalKey pkcs8(byte[] der, String what) {
        try {
            return rsaPkcs8(der, what);
        } catch (InvalidArgumentException notRsa) {
            try {
                EdECPrivateKey key = (EdECPrivateKey) KeyFactory.getInstance("Ed25519", Ed25519Keys.PROVIDER)
                        .generatePrivate(new PKCS8EncodedKeySpec(der));
                return new LocalKey(SshPublicKey.of(Ed25519Keys.publicKeyOf(key), ""), null);
            } catch (GeneralSecurityException | ClassCastException e) {
                throw invalid(what, "is a PKCS#8 key that is neither RSA nor Ed25519");
            }
        }
    }

    private static LocalKey rsaPkcs8(byte[] pkcs8, String what) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            var publicKey = rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return new LocalKey(SshPublicKey.of(publicKey, ""), pkcs8);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw invalid(what, "is not a readable RSA private key");
        }
    }

    /** The public key that an {@code openssh-key-v1} file carries in clear, even when its private part is encrypted. */
    private static SshPublicKey openSshPublicKey(byte[] data, String what) {
        if (data.length < OPENSSH_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(data, OPENSSH_MAGIC.length), OPENSSH_MAGIC)) {
            throw invalid(what, "is not an openssh-key-v1 private key");
        }
        try {
            SshWire.Reader reader = new SshWire.Reader(Arrays.copyOfRange(data, OPENSSH_MAGIC.length, data.length));
            reader.string(); // cipher
            reader.string(); // kdf
            reader.bytes(); // kdf options
            int keys = reader.uint32();
            if (keys != 1) {
                throw invalid(what, "holds " + keys + " keys; expected exactly one");
            }
            return SshPublicKey.fromBlob(reader.bytes(), "");
        } catch (InvalidArgumentException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw invalid(what, "is a truncated OpenSSH private key");
        }
    }

    private static InvalidArgumentException invalid(String what, String rule) {
        String argument = what.startsWith("keyFile") ? "keyFile" : "privateKey";
        return new InvalidArgumentException(argument, what + " " + rule);
    }
}
