package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Check;
import java.util.Locale;

/**
 * Key fingerprints the way EC2 computes them for {@code DescribeKeyPairs}, which differ from what
 * {@code ssh-keygen -l -E md5} prints:
 *
 * <ul>
 *   <li>an imported RSA key: MD5 of the DER-encoded public key (SubjectPublicKeyInfo), hex with colons;
 *   <li>an RSA key EC2 created: SHA-1 of the DER-encoded PKCS#8 private key, hex with colons;
 *   <li>an Ed25519 key (imported or created): SHA-256 of the SSH public-key blob, base64.
 * </ul>
 */
public final class Ec2Fingerprints {
    private Ec2Fingerprints() {}

    /** The fingerprint EC2 shows for this public key once imported. */
    public static String ofImportedKey(SshPublicKey key) {
        Check.notNull(key, "key");
        return key.type().equals(SshPublicKey.RSA)
                ? Digests.md5Hex(key.publicKey().getEncoded())
                : Digests.sha256Base64(key.blob());
    }

    /**
     * The fingerprint EC2 shows for a key it created and handed out as this PEM private key: SHA-1 of
     * the PKCS#8 DER for RSA, the Ed25519 fingerprint otherwise.
     */
    public static String ofCreatedKey(String privateKeyPem) {
        LocalKeys.LocalKey key = LocalKeys.parsePrivateKey(privateKeyPem, "privateKey");
        return key.hasRsaPrivateKey() ? Digests.sha1Hex(key.rsaPkcs8()) : ofImportedKey(key.publicKey());
    }

    /**
     * Whether two fingerprints are the same, ignoring case for hex forms, base64 padding and an {@code
     * SHA256:} prefix as {@code ssh-keygen} writes it.
     */
    public static boolean same(String a, String b) {
        return a != null && b != null && normalize(a).equals(normalize(b));
    }

    static String normalize(String fingerprint) {
        String f = fingerprint.strip();
        if (f.startsWith("SHA256:")) {
            f = f.substring("SHA256:".length());
        }
        f = f.replaceAll("=+$", "");
        return f.matches("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2})+") ? f.toLowerCase(Locale.ROOT) : f;
    }
}
