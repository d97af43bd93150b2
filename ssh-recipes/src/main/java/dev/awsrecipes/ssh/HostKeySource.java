package dev.awsrecipes.ssh;

/** What vouched for the host key an {@link SshSession} accepted. */
public enum HostKeySource {
    /** A key or fingerprint the caller gave ({@link SshSpec.Builder#trustedHostKey}). */
    CALLER,
    /** The fingerprints or keys the instance printed in its console output ({@link SshHostKeys}). */
    CONSOLE_OUTPUT,
    /** An entry of an OpenSSH {@code known_hosts} file. */
    KNOWN_HOSTS,
    /** Nothing: the caller chose to accept a key nobody vouched for ({@link SshSpec.Builder#acceptUnknownHostKey}). */
    ACCEPTED_UNKNOWN
}
