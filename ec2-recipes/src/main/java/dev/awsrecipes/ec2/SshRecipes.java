package dev.awsrecipes.ec2;

import java.util.function.Consumer;

/**
 * E15: log in to an instance over SSH, the cookbook's command shell, with the host key verified.
 *
 * <p>The SSH client is <a href="https://github.com/hierynomus/sshj">sshj</a>: a client-only library
 * with SFTP in the same jar, OpenSSH's known_hosts format (hashed names, {@code [host]:port}) and
 * OpenSSH/PEM key files, and few dependencies (Bouncy Castle, SLF4J). Apache MINA SSHD, the other
 * well-kept choice, is a client-and-server framework whose SFTP lives in a separate module and whose
 * client API is built around futures and sessions we would not use; for "connect, run, copy, close"
 * sshj is the smaller fit.
 */
public interface SshRecipes {

    /**
     * E15: connects to the instance (or the host given) and logs in with the key file. First it waits,
     * bounded, until the address answers with an SSH banner; then it settles what vouches for the host
     * key (see {@link SshSpec}) and connects with that check: a key that contradicts it, or one nothing
     * vouches for (unless accepted explicitly), is refused before authentication, so nothing runs.
     *
     * <pre>{@code
     * try (SshSession ssh = ec2.connect(s -> s.instanceId("i-0abc1234").keyFile(Path.of("/home/me/.ssh/ops.pem")))) {
     *     CommandResult r = ssh.run("uptime");
     * }
     * }</pre>
     *
     * @throws HostKeyRejectedException when the host key is refused; the message names both fingerprints
     * @throws dev.awsrecipes.core.WaitTimeoutException when SSH does not answer within the wait timeout
     * @throws dev.awsrecipes.core.InvalidArgumentException for a key file or known_hosts file that cannot
     *     be read, before any network call
     */
    SshSession connect(SshSpec spec);

    /** E15 with the spec built in place. */
    default SshSession connect(Consumer<SshSpec.Builder> spec) {
        return connect(SshSpec.builder().applyMutation(spec).build());
    }

    /**
     * E1 then E15: launches an instance and logs in to it once SSH answers, with the key file the
     * launch saved (or found) and the launch's SSH port; {@code ssh} may change the user, address,
     * host-key sources and waits. The options are checked before anything is launched. If the login
     * fails the instance is left running and the exception says so, with its id.
     *
     * <pre>{@code
     * try (LaunchedSession l = ec2.launchAndConnect(launch, s -> s.user("ubuntu"))) {
     *     l.session().run("cloud-init status --wait");
     * }
     * }</pre>
     */
    LaunchedSession launchAndConnect(LaunchSpec launch, Consumer<SshSpec.Builder> ssh);
}
