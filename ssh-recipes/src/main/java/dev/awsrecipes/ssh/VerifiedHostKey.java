package dev.awsrecipes.ssh;

/**
 * The host key an {@link SshSession} was opened with, and what vouched for it.
 *
 * @param keyType the SSH key type the server presented, e.g. {@code ssh-ed25519}
 * @param fingerprint its SHA-256 fingerprint as {@code ssh-keygen -l} prints it ({@code SHA256:...})
 * @param source what vouched for it
 * @param detail which console output, file or argument that was, e.g. {@code the console output of
 *     i-0abc1234}
 */
public record VerifiedHostKey(String keyType, String fingerprint, HostKeySource source, String detail) {}
