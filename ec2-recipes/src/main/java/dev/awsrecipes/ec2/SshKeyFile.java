package dev.awsrecipes.ec2;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An SSH key file as the key-pair recipes read it: its public half, and every fingerprint EC2 may show
 * for the key in {@code DescribeKeyPairs}. A public key file (or an Ed25519 private key) has one, the
 * fingerprint of the key once imported; an RSA private key has a second, the one EC2 shows when it created
 * the key itself (see {@link Ec2Fingerprints}). No private key material is kept.
 *
 * <pre>{@code
 * SshKeyFile key = SshKeyFile.read(Path.of("/home/me/.ssh/ops.pem"));
 * boolean same = key.ec2Fingerprints().stream().anyMatch(f -> Ec2Fingerprints.same(f, pair.keyFingerprint()));
 * }</pre>
 */
public final class SshKeyFile {
    private final SshPublicKey publicKey;
    private final String createdKeyFingerprint;

    private SshKeyFile(SshPublicKey publicKey, String createdKeyFingerprint) {
        this.publicKey = publicKey;
        this.createdKeyFingerprint = createdKeyFingerprint;
    }

    /**
     * Reads a key file: an OpenSSH public key or an unencrypted private key in PEM or OpenSSH format (RSA
     * or Ed25519), as {@link SshPublicKey#read(Path)} does.
     *
     * @param file the key file
     * @return the key
     * @throws dev.awsrecipes.core.InvalidArgumentException naming {@code keyFile} when the file is missing,
     *     too large or not such a key
     */
    public static SshKeyFile read(Path file) {
        LocalKeys.LocalKey key = LocalKeys.load(file);
        return new SshKeyFile(key.publicKey(), key.hasRsaPrivateKey() ? Digests.sha1Hex(key.rsaPkcs8()) : null);
    }

    /** The public half of the key. */
    public SshPublicKey publicKey() {
        return publicKey;
    }

    /**
     * What EC2 shows for this key when EC2 created it: known only when the file holds an RSA private key
     * (the SHA-1 of its PKCS#8 form). For Ed25519 EC2 shows the same fingerprint either way.
     */
    public Optional<String> createdKeyFingerprint() {
        return Optional.ofNullable(createdKeyFingerprint);
    }

    /** Every fingerprint EC2 may show for this key: as imported first, then as created by EC2 when known. */
    public Set<String> ec2Fingerprints() {
        Set<String> fingerprints = new LinkedHashSet<>();
        fingerprints.add(Ec2Fingerprints.ofImportedKey(publicKey));
        createdKeyFingerprint().ifPresent(fingerprints::add);
        return Collections.unmodifiableSet(fingerprints);
    }

    @Override
    public String toString() {
        return publicKey.toString();
    }
}
