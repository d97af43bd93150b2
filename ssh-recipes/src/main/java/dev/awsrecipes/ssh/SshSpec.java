package dev.awsrecipes.ssh;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How {@link SshRecipes#connect} connects: to which instance and address, as whom, with which key, how long
 * to wait, and what may vouch for the host key.
 *
 * <p>The host key is checked against, in this order, the first that has something to say: the keys the
 * caller gave ({@link Builder#trustedHostKey}); the fingerprints the instance printed in its console
 * output (read from EC2, or given as text); the {@code known_hosts} file ({@code ~/.ssh/known_hosts}
 * unless another is given). A key that does not match is refused. A key nothing vouches for is refused
 * too, unless the caller chose {@link Builder#acceptUnknownHostKey(boolean)}: never the default.
 *
 * <pre>{@code
 * SshSpec spec = SshSpec.builder().instanceId("i-0abc1234").keyFile(Path.of("/home/me/.ssh/ops.pem")).build();
 * }</pre>
 *
 * @param instanceId the instance; empty when only a host was given
 * @param keyFile the private key to log in with: the {@code .pem} that {@code launchInstance} saved
 * @param user the login user
 * @param address which of the instance's addresses to use; empty means the first it has of public DNS, public
 *     IP, private IP
 * @param host the host to connect to instead of an address of the instance
 * @param port the SSH port
 * @param waitTimeout how long to wait until SSH answers; empty means the session's wait timeout
 * @param hostKeyWait how long to keep reading the console output for host-key fingerprints when nothing else
 *     vouches
 * @param knownHosts the known_hosts file given; empty means {@code ~/.ssh/known_hosts} (read if it exists)
 * @param trustedHostKeys host keys ({@code ssh-ed25519 AAAA...}) or fingerprints ({@code SHA256:...}) the caller
 *     vouches for
 * @param consoleOutput console output text to read the host keys from instead of asking EC2
 * @param acceptUnknownHostKey whether a host key nothing vouches for is accepted (never by default)
 * @param captureLimit bytes of each stream {@link SshSession#run(String)} keeps
 * @param commandTimeout how long one command may run
 * @param listener hears the waits' progress
 */
public record SshSpec(
        Optional<String> instanceId,
        Path keyFile,
        String user,
        Optional<SshAddress> address,
        Optional<String> host,
        int port,
        Optional<Duration> waitTimeout,
        Duration hostKeyWait,
        Optional<Path> knownHosts,
        List<String> trustedHostKeys,
        Optional<String> consoleOutput,
        boolean acceptUnknownHostKey,
        int captureLimit,
        Duration commandTimeout,
        SshWaitListener listener) {
    /** The login user of Amazon Linux; Ubuntu's is {@code ubuntu}, Debian's {@code admin}. */
    public static final String DEFAULT_USER = "ec2-user";
    /** How long the console output is read for host-key fingerprints when nothing else vouches. */
    public static final Duration DEFAULT_HOST_KEY_WAIT = Duration.ofMinutes(3);
    /** How much of each output stream {@link SshSession#run(String)} keeps. */
    public static final int DEFAULT_CAPTURE_LIMIT = 1024 * 1024;
    /** How long one command may run. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofHours(1);

    private static final Pattern INSTANCE_ID = Pattern.compile("i-[0-9a-f]+");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:_-]{1,253}");

    /** Checks every value; the trusted host keys are kept stripped. */
    public SshSpec {
        Check.notNull(instanceId, "instanceId");
        Check.notNull(address, "address");
        Check.notNull(host, "host");
        Check.that(
                instanceId.isPresent() || host.isPresent(),
                "instanceId",
                "is required unless a host is given (the address is looked up from the instance)");
        Check.that(host.isEmpty() || address.isEmpty(), "address", "cannot be chosen when a host is given");
        instanceId.ifPresent(
                id -> Check.matches(id, INSTANCE_ID, "instanceId", "is not an instance id like i-0abc1234"));
        Check.notNull(keyFile, "keyFile");
        Check.matches(user, USER, "user", "is not a login name (letters, digits, '_', '.', '-')");
        host.ifPresent(h -> Check.matches(h, HOST, "host", "is not a host name or IP address"));
        Check.inRange(port, 1, 65535, "port");
        waitTimeout = Check.notNull(waitTimeout, "waitTimeout").map(t -> Check.positive(t, "waitTimeout"));
        Check.notNull(hostKeyWait, "hostKeyWait");
        Check.that(!hostKeyWait.isNegative(), "hostKeyWait", "must not be negative");
        Check.notNull(knownHosts, "knownHosts");
        trustedHostKeys = Check.notNull(trustedHostKeys, "trustedHostKeys").stream()
                .map(SshSpec::checkHostKey)
                .toList();
        Check.notNull(consoleOutput, "consoleOutput");
        Check.inRange(captureLimit, 0, Integer.MAX_VALUE - 8, "captureLimit");
        Check.positive(commandTimeout, "commandTimeout");
        Check.notNull(listener, "listener");
    }

    /** The key or fingerprint, stripped, if it is an OpenSSH public key or a SHA256/MD5 fingerprint. */
    private static String checkHostKey(String keyOrFingerprint) {
        Check.notBlank(keyOrFingerprint, "trustedHostKey");
        String[] words = keyOrFingerprint.strip().split("\\s+");
        boolean key = words.length >= 2 && SshFingerprints.blobNamesType(words[1], words[0]);
        boolean fingerprint = words.length == 1
                && (words[0].matches("SHA256:[A-Za-z0-9+/]{43}=?")
                        || words[0].matches("(MD5:)?[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){15}"));
        Check.that(
                key || fingerprint,
                "trustedHostKey",
                "\"" + keyOrFingerprint + "\" is neither an OpenSSH public key (TYPE BASE64) nor a"
                        + " fingerprint (SHA256:... or MD5 hex)");
        return keyOrFingerprint.strip();
    }

    /** A builder with every default set; give an instance id (or host) and a key file. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.instanceId = instanceId.orElse(null);
        b.keyFile = keyFile;
        b.user = user;
        b.address = address.orElse(null);
        b.host = host.orElse(null);
        b.port = port;
        b.waitTimeout = waitTimeout.orElse(null);
        b.hostKeyWait = hostKeyWait;
        b.knownHosts = knownHosts.orElse(null);
        b.trustedHostKeys.addAll(trustedHostKeys);
        b.consoleOutput = consoleOutput.orElse(null);
        b.acceptUnknownHostKey = acceptUnknownHostKey;
        b.captureLimit = captureLimit;
        b.commandTimeout = commandTimeout;
        b.listener = listener;
        return b;
    }

    /** Builds an {@link SshSpec}; the setters only collect, {@link #build()} checks every setting. */
    public static final class Builder implements SpecBuilder<Builder, SshSpec> {
        private String instanceId;
        private Path keyFile;
        private String user = DEFAULT_USER;
        private SshAddress address;
        private String host;
        private int port = 22;
        private Duration waitTimeout;
        private Duration hostKeyWait = DEFAULT_HOST_KEY_WAIT;
        private Path knownHosts;
        private final List<String> trustedHostKeys = new ArrayList<>();
        private String consoleOutput;
        private boolean acceptUnknownHostKey;
        private int captureLimit = DEFAULT_CAPTURE_LIMIT;
        private Duration commandTimeout = DEFAULT_COMMAND_TIMEOUT;
        private SshWaitListener listener = SshWaitListener.none();

        private Builder() {}

        /** The instance to log in to: its address is looked up and its console output read for host keys. */
        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        /** The private key file (PEM or OpenSSH format, unencrypted), e.g. what launchInstance saved. */
        public Builder keyFile(Path keyFile) {
            this.keyFile = keyFile;
            return this;
        }

        /** The login user; {@value SshSpec#DEFAULT_USER} by default. */
        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /** Which of the instance's addresses to connect to; may be null: the first it has of public DNS, public IP, private IP. */
        public Builder address(SshAddress address) {
            this.address = address;
            return this;
        }

        /** A host name or IP address to connect to instead of the instance's own address; may be null: none. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The SSH port; 22 by default. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** How long to wait until SSH answers; may be null: the session's wait timeout. */
        public Builder waitTimeout(Duration waitTimeout) {
            this.waitTimeout = waitTimeout;
            return this;
        }

        /**
         * How long to keep reading the console output for host-key fingerprints when nothing else
         * vouches for the key (they appear a minute or two after boot); zero reads it once. Three
         * minutes by default.
         */
        public Builder hostKeyWait(Duration hostKeyWait) {
            this.hostKeyWait = hostKeyWait;
            return this;
        }

        /**
         * An OpenSSH known_hosts file to check the host key against when the console output has no
         * fingerprints; {@code [host]:port} entries, hashed names and wildcards are understood. May be null:
         * {@code ~/.ssh/known_hosts}.
         */
        public Builder knownHosts(Path knownHosts) {
            this.knownHosts = knownHosts;
            return this;
        }

        /**
         * A host key ({@code ssh-ed25519 AAAA...}, as in a {@code .pub} file) or fingerprint ({@code
         * SHA256:...} or MD5 colon hex) the caller vouches for; repeatable. When given, only these count.
         * A fingerprint does not say its key type, so the server presents the type it prefers (usually
         * Ed25519): pin that key's fingerprint, or give the public key itself to pin another type.
         */
        public Builder trustedHostKey(String keyOrFingerprint) {
            trustedHostKeys.add(keyOrFingerprint);
            return this;
        }

        /**
         * The instance's console output, as text, to read the host keys from instead of asking EC2
         * (for output fetched earlier, or kept). May be null: EC2 is asked.
         */
        public Builder consoleOutput(String consoleOutput) {
            this.consoleOutput = consoleOutput;
            return this;
        }

        /**
         * Whether to accept a host key that nothing vouches for (no console fingerprints, no known_hosts
         * entry, no key given). This trusts the network path on first use, as the cookbook did; off by
         * default. A key that contradicts what vouches is refused even so.
         */
        public Builder acceptUnknownHostKey(boolean acceptUnknownHostKey) {
            this.acceptUnknownHostKey = acceptUnknownHostKey;
            return this;
        }

        /** Bytes of each stream {@link SshSession#run(String)} keeps; 1 MiB by default. */
        public Builder captureLimit(int captureLimit) {
            this.captureLimit = captureLimit;
            return this;
        }

        /** How long one command may run before its channel is closed; one hour by default. */
        public Builder commandTimeout(Duration commandTimeout) {
            this.commandTimeout = commandTimeout;
            return this;
        }

        /** Hears the waits' progress. */
        public Builder listener(SshWaitListener listener) {
            this.listener = listener;
            return this;
        }

        /** The spec; it checks every setting ({@code InvalidArgumentException} names a bad one). */
        @Override
        public SshSpec build() {
            return new SshSpec(
                    Optional.ofNullable(instanceId),
                    keyFile,
                    user,
                    Optional.ofNullable(address),
                    Optional.ofNullable(host),
                    port,
                    Optional.ofNullable(waitTimeout),
                    hostKeyWait,
                    Optional.ofNullable(knownHosts),
                    trustedHostKeys,
                    Optional.ofNullable(consoleOutput),
                    acceptUnknownHostKey,
                    captureLimit,
                    commandTimeout,
                    listener);
        }
    }
}
