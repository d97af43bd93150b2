package dev.awsrecipes.cli.ec2;

import static dev.awsrecipes.cli.OptionValues.ifGiven;

import dev.awsrecipes.ssh.SshAddress;
import dev.awsrecipes.ssh.SshSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The login and host-key options of {@code ssh}, {@code ssh-put}, {@code ssh-get} and {@code launch-instance
 * --run/--ssh} (E15).
 */
public final class SshOptions {
    @Option(names = "--user", paramLabel = "USER", description = "Login user (default ec2-user).")
    String user;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description = "Connect to this host name or IP instead of the instance's own address.")
    String host;

    @Option(
            names = "--address",
            paramLabel = "KIND",
            description = "Which address of the instance: public-dns, public-ip or private-ip (default: the first"
                    + " it has, in that order).")
    String address;

    @Option(
            names = "--known-hosts",
            paramLabel = "FILE",
            description = "OpenSSH known_hosts file ([host]:port entries too) trusted when the console output shows"
                    + " no host-key fingerprints (default ~/.ssh/known_hosts).")
    Path knownHosts;

    @Option(
            names = "--host-key",
            paramLabel = "KEY",
            description =
                    "A host key ('ssh-ed25519 AAAA...') or fingerprint (SHA256:...) to trust instead;" + " repeatable.")
    List<String> hostKeys = new ArrayList<>();

    @Option(
            names = "--accept-unknown-host-key",
            description = "Accept a host key that nothing vouches for (trust on first use). A key that contradicts"
                    + " the console output or known_hosts is refused even so.")
    boolean acceptUnknownHostKey;

    @Option(
            names = "--host-key-wait",
            paramLabel = "DURATION",
            description = "How long to keep reading the console output for host-key fingerprints when nothing"
                    + " else vouches (default 3m; 0s reads it once).")
    Duration hostKeyWait;

    /** Applies the options given; the spec checks them when built. */
    void applyTo(SshSpec.Builder spec) {
        ifGiven(user, spec::user);
        ifGiven(host, spec::host);
        if (address != null) {
            spec.address(address(address));
        }
        ifGiven(knownHosts, spec::knownHosts);
        hostKeys.forEach(spec::trustedHostKey);
        spec.acceptUnknownHostKey(acceptUnknownHostKey);
        ifGiven(hostKeyWait, spec::hostKeyWait);
    }

    /** The option that carries a library argument of another name, for bad-input messages. */
    static Map<String, String> optionsForArguments() {
        return Map.of("trustedHostKey", "--host-key");
    }

    private static SshAddress address(String kind) {
        try {
            return SshAddress.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new dev.awsrecipes.core.InvalidArgumentException(
                    "address", "--address \"" + kind + "\" must be public-dns, public-ip or private-ip");
        }
    }
}
