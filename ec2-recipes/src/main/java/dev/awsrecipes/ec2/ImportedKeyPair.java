package dev.awsrecipes.ec2;

/**
 * A keypair imported into one region by {@link LaunchRecipes#importKeyPair}.
 *
 * @param keyName its name
 * @param keyPairId EC2's id for it
 * @param fingerprint the fingerprint EC2 reports for it (see {@link Ec2Fingerprints})
 * @param publicKey the OpenSSH public key that was imported
 */
public record ImportedKeyPair(String keyName, String keyPairId, String fingerprint, String publicKey) {}
