package dev.awsrecipes.ssh.internal;

import dev.awsrecipes.ssh.HostKeyRejectedException;
import dev.awsrecipes.ssh.HostKeySource;
import dev.awsrecipes.ssh.SshFingerprints;
import dev.awsrecipes.ssh.SshHostKeys;
import dev.awsrecipes.ssh.VerifiedHostKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What vouches for a host key, decided before connecting, and the decision once the server shows its
 * key. One source decides, the first that has anything to say: the caller's keys, else the console
 * output, else known_hosts. Pure: the SSH library only hands the presented key in.
 */
final class HostKeyTrust {

    /**
     * A key someone vouched for: its fingerprints (one may be unknown when only a fingerprint line was
     * seen) and its type label.
     */
    record Candidate(String label, List<String> algorithms, String sha256, String md5) {
        static Candidate ofBlob(byte[] blob) {
            String type = SshFingerprints.keyType(blob);
            return new Candidate(
                    SshFingerprints.label(type),
                    HostKeyAlgorithms.forType(type),
                    SshFingerprints.sha256(blob),
                    SshFingerprints.md5(blob));
        }

        /** From a fingerprint as printed: {@code SHA256:...}, {@code MD5:...} or bare colon hex. */
        static Candidate ofFingerprint(String label, int bits, String printed) {
            String f = printed.strip();
            List<String> algorithms = HostKeyAlgorithms.algorithms(label, bits);
            if (f.startsWith("SHA256:")) {
                return new Candidate(
                        label, algorithms, "SHA256:" + f.substring(7).replaceAll("=+$", ""), null);
            }
            String hex = (f.startsWith("MD5:") ? f.substring(4) : f).toLowerCase(Locale.ROOT);
            return new Candidate(label, algorithms, null, "MD5:" + hex);
        }

        boolean matches(byte[] blob) {
            return sha256 != null && sha256.equals(SshFingerprints.sha256(blob))
                    || md5 != null && md5.equals(SshFingerprints.md5(blob));
        }

        String shown() {
            return label + " " + (sha256 != null ? sha256 : md5);
        }
    }

    private final HostKeySource source;
    private final String sourceName;
    private final List<Candidate> candidates;
    private final List<Candidate> revoked;
    private final boolean otherTypesAreUnknown;
    private final String nothingFound;
    private final boolean acceptUnknown;

    private HostKeyTrust(
            HostKeySource source,
            String sourceName,
            List<Candidate> candidates,
            List<Candidate> revoked,
            boolean otherTypesAreUnknown,
            String nothingFound,
            boolean acceptUnknown) {
        this.source = source;
        this.sourceName = sourceName;
        this.candidates = List.copyOf(candidates);
        this.revoked = List.copyOf(revoked);
        this.otherTypesAreUnknown = otherTypesAreUnknown;
        this.nothingFound = nothingFound;
        this.acceptUnknown = acceptUnknown;
    }

    /**
     * The caller's keys ({@code ssh-ed25519 AAAA...}) and fingerprints ({@code SHA256:...}): only they
     * count.
     */
    public static HostKeyTrust callerKeys(List<String> keysOrFingerprints) {
        List<Candidate> candidates = new ArrayList<>();
        for (String given : keysOrFingerprints) {
            String[] words = given.strip().split("\\s+");
            if (words.length >= 2 && words[1].startsWith("AAAA")) {
                candidates.add(Candidate.ofBlob(Base64.getDecoder().decode(words[1])));
            } else {
                candidates.add(Candidate.ofFingerprint("host key", 0, words[0]));
            }
        }
        return new HostKeyTrust(HostKeySource.CALLER, "the host keys given", candidates, List.of(), false, null, false);
    }

    /**
     * The keys a console output announced (keys and fingerprints both count).
     *
     * @param consoleName which console output, for messages ({@code the console output of i-0abc})
     */
    public static HostKeyTrust console(String consoleName, SshHostKeys announced) {
        List<Candidate> candidates = new ArrayList<>();
        announced
                .keys()
                .forEach(
                        k -> candidates.add(Candidate.ofBlob(Base64.getDecoder().decode(k.split(" ")[1]))));
        announced
                .fingerprints()
                .forEach(f -> candidates.add(Candidate.ofFingerprint(f.keyType(), f.bits(), f.fingerprint())));
        return new HostKeyTrust(HostKeySource.CONSOLE_OUTPUT, consoleName, candidates, List.of(), false, null, false);
    }

    /**
     * The known_hosts entries for this host: a key of a type with no entry is unknown (as in OpenSSH),
     * a key of a type with entries must match one of them.
     *
     * @param blobs the entries' key blobs
     * @param revokedBlobs keys marked {@code @revoked}, refused whatever else says
     */
    public static HostKeyTrust knownHosts(String file, List<byte[]> blobs, List<byte[]> revokedBlobs) {
        return new HostKeyTrust(
                HostKeySource.KNOWN_HOSTS,
                file,
                blobs.stream().map(Candidate::ofBlob).toList(),
                revokedBlobs.stream().map(Candidate::ofBlob).toList(),
                true,
                null,
                false);
    }

    /** Nothing vouches; {@code lookedAt} says where we looked, for the refusal. */
    public static HostKeyTrust nothing(String lookedAt) {
        return new HostKeyTrust(null, null, List.of(), List.of(), true, lookedAt, false);
    }

    /** The same trust, but a key nobody vouched for is accepted: the caller's explicit choice. */
    public HostKeyTrust acceptingUnknown(boolean accept) {
        return new HostKeyTrust(source, sourceName, candidates, revoked, otherTypesAreUnknown, nothingFound, accept);
    }

    /** Whether anything vouches for some key (else every key is unknown). */
    public boolean hasEvidence() {
        return !candidates.isEmpty();
    }

    /** The source that decides; empty when nothing vouches. */
    public String describe() {
        return source == null ? nothingFound : sourceName;
    }

    /**
     * The host-key algorithms to prefer in negotiation: those of the vouched-for keys, so the server is
     * asked for a key that can be checked. Empty when nothing vouches or a caller fingerprint hides
     * the type.
     */
    public List<String> preferredAlgorithms() {
        Set<String> algorithms = new LinkedHashSet<>();
        for (Candidate c : candidates) {
            algorithms.addAll(c.algorithms());
        }
        return List.copyOf(algorithms);
    }

    /**
     * Accepts the key the server presented, or throws.
     *
     * @param hostPort how the host is named in messages ({@code 127.0.0.1:2222})
     * @param blob the presented key in SSH wire form
     * @throws HostKeyRejectedException when the key is not vouched for, with one line naming both sides
     */
    public VerifiedHostKey decide(String hostPort, byte[] blob) {
        String type = SshFingerprints.keyType(blob);
        String label = SshFingerprints.label(type);
        String presented = label + " " + SshFingerprints.sha256(blob);
        if (revoked.stream().anyMatch(c -> c.matches(blob))) {
            throw new HostKeyRejectedException(
                    "host key of " + hostPort + " is " + presented + ", which " + sourceName
                            + " marks @revoked; refused, nothing was run",
                    presented,
                    List.of());
        }
        if (candidates.stream().anyMatch(c -> c.matches(blob))) {
            return new VerifiedHostKey(type, SshFingerprints.sha256(blob), source, sourceName);
        }
        List<Candidate> sameType =
                candidates.stream().filter(c -> c.label().equals(label)).toList();
        boolean mismatch = !candidates.isEmpty() && !(otherTypesAreUnknown && sameType.isEmpty());
        if (mismatch) {
            List<Candidate> shown = sameType.isEmpty() ? candidates : sameType;
            List<String> expected =
                    shown.stream().map(Candidate::shown).distinct().toList();
            throw new HostKeyRejectedException(
                    "host key of " + hostPort + " is " + presented + " but " + sourceName + " lists "
                            + String.join(", ", expected) + "; refused, nothing was run",
                    presented,
                    expected);
        }
        if (acceptUnknown) {
            return new VerifiedHostKey(
                    type, SshFingerprints.sha256(blob), HostKeySource.ACCEPTED_UNKNOWN, "accepted unknown key");
        }
        String where = source == null ? nothingFound : sourceName + " has no " + label + " key for " + hostPort;
        throw new HostKeyRejectedException(
                "host key of " + hostPort + " (" + presented + ") is vouched for by nothing: " + where
                        + "; give a known_hosts file or the host key, or accept unknown host keys explicitly;"
                        + " refused, nothing was run",
                presented,
                List.of());
    }
}
