package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.ec2.SshPublicKey;
import dev.awsrecipes.testing.Sshd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A launched LocalStack instance that is reached at the loopback sshd: LocalStack's instance is no
 * machine, so the CLI tests of {@code ssh}, {@code ssh-put} and {@code ssh-get} let the instance's key
 * into sshd and trust sshd's host key by a known_hosts file.
 *
 * @param sshd the loopback sshd standing in for the instance
 * @param instanceId the launched instance
 * @param keyFile the private key {@code launch-instance} wrote
 * @param knownHosts a known_hosts file listing sshd's host keys
 */
public record SshdLogin(Sshd sshd, String instanceId, Path keyFile, Path knownHosts) {

    /** Lets {@code keyFile} log in to {@code sshd} and writes {@code dir/known_hosts} trusting it. */
    public static SshdLogin authorize(Sshd sshd, String instanceId, Path keyFile, Path dir) throws IOException {
        sshd.authorize(SshPublicKey.read(keyFile).toOpenSsh());
        Path knownHosts = Files.write(dir.resolve("known_hosts"), sshd.knownHostsLines());
        return new SshdLogin(sshd, instanceId, keyFile, knownHosts);
    }

    /**
     * Launches an instance with {@code launch-instance}, its keypair and group both named {@code name} and
     * its key written under {@code dir/keys}, and lets its key log in to {@code sshd}.
     */
    static SshdLogin launch(LaunchCli cli, String name, Sshd sshd, Path dir) throws IOException {
        CliResult launched = cli.run(
                "launch-instance",
                "--ami",
                "ami-1e749f67",
                "--key-name",
                name,
                "--key-dir",
                dir.resolve("keys").toString(),
                "--group",
                name,
                "--json");
        assertThat(launched.exitCode()).as(launched.err()).isZero();
        String instanceId = launched.json().get("instanceId").asText();
        Path keyFile = Path.of(launched.json().get("keyFile").asText());
        return authorize(sshd, instanceId, keyFile, dir);
    }

    /** The options that reach sshd as the instance, without saying how its host key is trusted. */
    public List<String> reach() {
        return List.of(
                "--instance-id",
                instanceId,
                "--key-file",
                keyFile.toString(),
                "--user",
                sshd.user(),
                "--host",
                sshd.host(),
                "--port",
                String.valueOf(sshd.port()),
                "--host-key-wait",
                "0s");
    }

    /** {@link #reach()} trusting sshd by the known_hosts file, then {@code more}. */
    public String[] options(String... more) {
        List<String> args = new ArrayList<>(reach());
        args.add("--known-hosts");
        args.add(knownHosts.toString());
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }
}
