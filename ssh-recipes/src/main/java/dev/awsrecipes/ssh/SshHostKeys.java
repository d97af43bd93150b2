package dev.awsrecipes.ssh;

import dev.awsrecipes.core.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SSH host keys an instance announced in its console output (E3). On first boot cloud-init prints
 * them twice: the fingerprints, as {@code ssh-keygen -l} writes them, between {@code -----BEGIN SSH HOST
 * KEY FINGERPRINTS-----} and {@code -----END SSH HOST KEY FINGERPRINTS-----}, and the public keys
 * between {@code -----BEGIN SSH HOST KEY KEYS-----} and {@code -----END SSH HOST KEY KEYS-----}. Lines
 * may carry a prefix ({@code ec2: }, a syslog header) and kernel messages may interleave: only lines that
 * read as a fingerprint or a key count, and only blocks printed in full (a console log cut short inside
 * a block proves nothing about the keys it did not show). When the log holds a block more than once
 * (a later boot), the last one counts.
 *
 * <pre>{@code
 * SshHostKeys keys = SshHostKeys.fromConsoleOutput(ec2.consoleOutput("i-0abc").text());
 * keys.fingerprints().forEach(f -> log.info("{} {}", f.keyType(), f.fingerprint()));
 * }</pre>
 *
 * @param fingerprints the fingerprint lines of the last complete fingerprints block
 * @param keys the public keys (OpenSSH {@code type base64} form) of the last complete keys block
 */
public record SshHostKeys(List<Fingerprint> fingerprints, List<String> keys) {
    /** The line that opens the fingerprints block. */
    public static final String BEGIN_FINGERPRINTS = "-----BEGIN SSH HOST KEY FINGERPRINTS-----";
    /** The line that closes the fingerprints block. */
    public static final String END_FINGERPRINTS = "-----END SSH HOST KEY FINGERPRINTS-----";
    /** The line that opens the keys block. */
    public static final String BEGIN_KEYS = "-----BEGIN SSH HOST KEY KEYS-----";
    /** The line that closes the keys block. */
    public static final String END_KEYS = "-----END SSH HOST KEY KEYS-----";

    /** {@code 256 SHA256:abc... root@ip-10-0-0-1 (ED25519)}; older images print MD5, with or without prefix. */
    private static final Pattern FINGERPRINT = Pattern.compile(
            "(\\d{3,5})\\s+((?:SHA256|MD5):[A-Za-z0-9+/=:]+|[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){15})\\s+(.*?)\\s*"
                    + "\\(([A-Za-z0-9-]+)\\)\\s*$");
    /** {@code ssh-ed25519 AAAAC3Nz... root@ip-10-0-0-1}. */
    private static final Pattern KEY =
            Pattern.compile("\\b((?:ssh|ecdsa|sk)-[a-z0-9@.-]+)\\s+(AAAA[A-Za-z0-9+/]+=*)(?:\\s|$)");

    /**
     * One fingerprint line.
     *
     * @param bits the key size {@code ssh-keygen} printed (256 for Ed25519 and ECDSA P-256)
     * @param fingerprint as printed: {@code SHA256:<base64>}, {@code MD5:<hex>} or bare colon hex (MD5)
     * @param keyType the type in brackets at the end: {@code ED25519}, {@code ECDSA}, {@code RSA}, {@code DSA}
     * @param comment what stood between fingerprint and type, often {@code root@<hostname>} or {@code no
     *     comment}
     */
    public record Fingerprint(int bits, String fingerprint, String keyType, String comment) {
        @Override
        public String toString() {
            return keyType + " " + fingerprint;
        }
    }

    public SshHostKeys {
        fingerprints = List.copyOf(fingerprints);
        keys = List.copyOf(keys);
    }

    /** None: what a console output without the blocks yields. */
    public static SshHostKeys none() {
        return new SshHostKeys(List.of(), List.of());
    }

    /** The host keys in an instance's console output text; {@link #isEmpty()} when it announces none. */
    public static SshHostKeys fromConsoleOutput(String consoleText) {
        Check.notNull(consoleText, "consoleText");
        List<Fingerprint> fingerprints = List.of();
        List<String> keys = List.of();
        List<Fingerprint> openFingerprints = null;
        List<String> openKeys = null;
        for (String line : consoleText.split("\\r?\\n|\\r")) {
            if (line.contains(BEGIN_FINGERPRINTS)) {
                openFingerprints = new ArrayList<>();
            } else if (line.contains(END_FINGERPRINTS)) {
                if (openFingerprints != null) {
                    fingerprints = openFingerprints;
                }
                openFingerprints = null;
            } else if (line.contains(BEGIN_KEYS)) {
                openKeys = new ArrayList<>();
            } else if (line.contains(END_KEYS)) {
                if (openKeys != null) {
                    keys = openKeys;
                }
                openKeys = null;
            } else if (openFingerprints != null) {
                fingerprint(line, openFingerprints);
            } else if (openKeys != null) {
                key(line, openKeys);
            }
        }
        return new SshHostKeys(fingerprints, keys);
    }

    /** True when the console output announced no host key at all. */
    public boolean isEmpty() {
        return fingerprints.isEmpty() && keys.isEmpty();
    }

    private static void fingerprint(String line, List<Fingerprint> into) {
        Matcher m = FINGERPRINT.matcher(line);
        if (m.find()) {
            into.add(new Fingerprint(Integer.parseInt(m.group(1)), m.group(2), m.group(4), m.group(3)));
        }
    }

    private static void key(String line, List<String> into) {
        Matcher m = KEY.matcher(line);
        // A key whose blob does not name the type before it is noise (or damage), not a key.
        if (m.find() && SshFingerprints.blobNamesType(m.group(2), m.group(1))) {
            into.add(m.group(1) + " " + m.group(2));
        }
    }
}
