package dev.awsrecipes.cli.ec2;

import static dev.awsrecipes.cli.OptionValues.ifGiven;

import dev.awsrecipes.cli.InstanceOption;
import dev.awsrecipes.ssh.SshSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How {@code ssh}, {@code ssh-put} and {@code ssh-get} reach an instance (E15): which one, with which
 * key, on which port, how long to wait for it, and the login and host-key options of {@link SshOptions}.
 */
public final class SshLogin {
    @Mixin
    InstanceOption instance;

    @Option(
            names = "--key-file",
            required = true,
            paramLabel = "FILE",
            description = "The private key (the .pem launch-instance saved).")
    Path keyFile;

    @Option(names = "--port", paramLabel = "PORT", description = "SSH port (default 22).")
    Integer port;

    @Option(
            names = "--wait-timeout",
            paramLabel = "DURATION",
            description = "How long to wait until SSH answers (default 10m).")
    Duration waitTimeout;

    @Mixin
    SshOptions ssh;

    /** The spec of the options given, checked (bad input throws before anything connects). */
    SshSpec spec() {
        SshSpec.Builder spec = SshSpec.builder().instanceId(instance.id()).keyFile(keyFile);
        ifGiven(port, spec::port);
        ifGiven(waitTimeout, spec::waitTimeout);
        ssh.applyTo(spec);
        return spec.build();
    }

    /** The instance id as given. */
    String instanceId() {
        return instance.id();
    }

    /** The key file as given. */
    Path keyFile() {
        return keyFile;
    }

    /** The option that carries a library argument of another name, for bad-input messages. */
    static Map<String, String> optionsForArguments() {
        return SshOptions.optionsForArguments();
    }
}
