package dev.awsrecipes.ssh.internal;

import dev.awsrecipes.core.InvalidArgumentException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts;

/**
 * An OpenSSH {@code known_hosts} file. sshj reads it and matches host names (plain, hashed {@code |1|},
 * wildcards, negations, {@code [host]:port}); the keys of the matching lines become a {@link
 * HostKeyTrust}.
 */
final class KnownHostsFile {
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    private final String name;
    private final OpenSSHKnownHosts entries;

    private KnownHostsFile(String name, OpenSSHKnownHosts entries) {
        this.name = name;
        this.entries = entries;
    }

    /**
     * The file the caller gave, which must be readable, or else {@code ~/.ssh/known_hosts}, which may be
     * missing (then it has no entries).
     */
    public static KnownHostsFile load(Optional<Path> given, Path home) {
        Path file = given.orElse(home.resolve(".ssh").resolve("known_hosts"));
        if (given.isPresent() && (!Files.isRegularFile(file) || !Files.isReadable(file))) {
            throw new InvalidArgumentException("knownHosts", "knownHosts " + file + " is not a readable file");
        }
        try {
            String text = Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES ? Files.readString(file) : "";
            return new KnownHostsFile(file.toString(), new OpenSSHKnownHosts(new StringReader(text)));
        } catch (IOException e) {
            throw new InvalidArgumentException(
                    "knownHosts", "knownHosts " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** The file's path, for messages. */
    public String name() {
        return name;
    }

    /** How OpenSSH names a host on a port in known_hosts: bare on 22, {@code [host]:port} otherwise. */
    static String entryName(String host, int port) {
        return port == 22 ? host : "[" + host + "]:" + port;
    }

    /** The trust the file's lines for this host give; empty when it has none. */
    public Optional<HostKeyTrust> trustFor(String host, int port) {
        String entryName = entryName(host, port);
        List<byte[]> keys = new ArrayList<>();
        List<byte[]> revoked = new ArrayList<>();
        for (OpenSSHKnownHosts.KnownHostEntry entry : entries.entries()) {
            try {
                if (!entry.appliesTo(entryName)) {
                    continue;
                }
            } catch (IOException e) {
                continue;
            }
            String[] words = entry.getLine().strip().split("\\s+");
            int first = words[0].startsWith("@") ? 1 : 0;
            if (words.length < first + 3 || words[0].equals("@cert-authority")) {
                continue;
            }
            byte[] blob;
            try {
                blob = Base64.getDecoder().decode(words[first + 2]);
            } catch (IllegalArgumentException e) {
                continue;
            }
            (words[0].equals("@revoked") ? revoked : keys).add(blob);
        }
        if (keys.isEmpty() && revoked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(HostKeyTrust.knownHosts(name + " (" + entryName + ")", keys, revoked));
    }
}
