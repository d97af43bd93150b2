package dev.awsrecipes.ssh.internal;

import dev.awsrecipes.ssh.SshFingerprints;
import java.util.List;
import java.util.Locale;

/** The host-key algorithm names a client offers for a key, so negotiation picks a key that can be checked. */
final class HostKeyAlgorithms {
    private HostKeyAlgorithms() {}

    /**
     * The host-key algorithms a client can offer for a key with this label (and size, which tells ECDSA
     * curves apart), so that negotiation picks a key that can be checked rather than one nobody vouched
     * for; RSA keys sign with SHA-2 today and SHA-1 on old servers.
     */
    static List<String> algorithms(String label, int bits) {
        return switch (label.toUpperCase(Locale.ROOT)) {
            case "ED25519" -> List.of("ssh-ed25519");
            case "ECDSA" -> bits == 384
                    ? List.of("ecdsa-sha2-nistp384")
                    : bits == 521 ? List.of("ecdsa-sha2-nistp521") : List.of("ecdsa-sha2-nistp256");
            case "RSA" -> List.of("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa");
            case "DSA" -> List.of("ssh-dss");
            default -> List.of();
        };
    }

    /** The algorithms for a key of this SSH type ({@code ecdsa-sha2-nistp384}). */
    static List<String> forType(String keyType) {
        if (keyType.startsWith("ecdsa-sha2-")) {
            return List.of(keyType);
        }
        return algorithms(SshFingerprints.label(keyType), 0);
    }
}
