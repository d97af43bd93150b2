package dev.awsrecipes.ec2;

/** What {@link LaunchRecipes#syncKeypairs} found or did in one region. */
public enum KeySyncStatus {
    /** The keypair was missing and has been imported. */
    IMPORTED,
    /** A keypair of that name holds the same key. */
    PRESENT,
    /** A keypair of that name holds a different key; it is left alone, never deleted. */
    MISMATCH,
    /**
     * A keypair of that name exists, made by EC2, whose fingerprint can only be checked against the
     * private key and whose public key EC2 did not return; given only a public key, the two cannot be
     * compared.
     */
    UNVERIFIED,
    /** The region is not enabled for the account (opt-in region not opted in); nothing was called. */
    SKIPPED,
    /** The calls to the region failed; the detail says how. */
    ERROR
}
