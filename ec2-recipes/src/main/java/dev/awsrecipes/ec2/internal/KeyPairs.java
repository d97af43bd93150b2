package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.CreateIfMissing;
import dev.awsrecipes.ec2.SshPublicKey;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/** Keypairs in one region: look up, import, create-and-save. */
final class KeyPairs {
    private static final Logger LOG = LoggerFactory.getLogger(KeyPairs.class);

    private KeyPairs() {}

    /**
     * The keypair and its public key, when it exists.
     *
     * @param includePublicKey ask EC2 for the public key too (EC2 has it for keys made since 2021)
     */
    static Optional<KeyPairInfo> find(Ec2Client ec2, String keyName, boolean includePublicKey) {
        try {
            return ec2.describeKeyPairs(r -> r.keyNames(keyName).includePublicKey(includePublicKey)).keyPairs().stream()
                    .findFirst();
        } catch (RuntimeException e) {
            if (AwsErrors.isNotFound(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Imports the public key under the name. */
    static ImportKeyPairResponse importKey(Ec2Client ec2, String keyName, SshPublicKey key) {
        ImportKeyPairResponse response =
                ec2.importKeyPair(r -> r.keyName(keyName).publicKeyMaterial(SdkBytes.fromUtf8String(key.toOpenSsh())));
        LOG.info("imported keypair {} ({})", keyName, response.keyFingerprint());
        return response;
    }

    /** What {@link #ensure} did. */
    record Ensured(Path keyFile, boolean created) {}

    /**
     * Makes sure the keypair exists: present in EC2 → nothing to do; missing but {@code keyFile} exists
     * → import its public half; missing with no file → create it and save the private key to {@code
     * keyFile}, owner-only. The file is reserved before the keypair is created, so a key whose private
     * half cannot be saved is never made, and an existing file is never overwritten.
     */
    static Ensured ensure(Ec2Client ec2, String keyName, String keyType, Path keyFile) {
        if (find(ec2, keyName, false).isPresent()) {
            return new Ensured(Files.exists(keyFile) ? keyFile : null, false);
        }
        if (Files.exists(keyFile)) {
            SshPublicKey key = SshPublicKey.read(keyFile);
            boolean imported = CreateIfMissing.run(() -> importKey(ec2, keyName, key));
            return new Ensured(keyFile, imported);
        }
        SeekableByteChannel file = KeyFiles.createOwnerOnly(keyFile);
        CreateKeyPairResponse created;
        try {
            created = ec2.createKeyPair(r -> r.keyName(keyName).keyType(keyType).keyFormat("pem"));
        } catch (RuntimeException e) {
            KeyFiles.discard(file, keyFile);
            if (AwsErrors.isAlreadyExists(e)) {
                LOG.info("keypair {} was created concurrently; its private key is not ours", keyName);
                return new Ensured(null, false);
            }
            throw e;
        }
        KeyFiles.writeAndClose(file, created.keyMaterial().getBytes(StandardCharsets.US_ASCII), keyFile);
        LOG.info("created keypair {} and saved its private key to {}", keyName, keyFile);
        return new Ensured(keyFile, true);
    }
}
