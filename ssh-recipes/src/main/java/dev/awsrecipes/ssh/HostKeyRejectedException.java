package dev.awsrecipes.ssh;

import dev.awsrecipes.core.AwsRecipesException;
import java.util.List;

/**
 * The SSH server presented a host key that nothing vouched for, or one that differs from what the
 * console output, the known_hosts file or the caller said it should be. The connection was closed
 * before authentication: nothing ran on the host. The message is one line naming both fingerprints.
 */
public class HostKeyRejectedException extends AwsRecipesException {
    private static final long serialVersionUID = 1L;

    private final String presented;
    private final List<String> expected;

    /**
     * @param message the one-line reason
     * @param presented the type and fingerprint the server presented ({@code ED25519 SHA256:...})
     * @param expected the types and fingerprints that were vouched for; empty when nothing was
     */
    public HostKeyRejectedException(String message, String presented, List<String> expected) {
        super(message);
        this.presented = presented;
        this.expected = List.copyOf(expected);
    }

    /** The type and fingerprint the server presented, e.g. {@code ED25519 SHA256:...}. */
    public String presented() {
        return presented;
    }

    /** The types and fingerprints that were vouched for; empty when the key was unknown. */
    public List<String> expected() {
        return expected;
    }

    /** True when something vouched for other keys (a mismatch), false when nothing vouched at all. */
    public boolean isMismatch() {
        return !expected.isEmpty();
    }
}
