package dev.awsrecipes.ssh;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A logged-in SSH connection to an instance, opened by {@link SshRecipes#connect} once the host key was
 * verified. Runs commands one at a time or several concurrently, and copies files over SFTP. Close it
 * to end the connection; closing twice is fine.
 *
 * <pre>{@code
 * try (SshSession ssh = sshRecipes.connect(s -> s.instanceId("i-0abc").keyFile(key))) {
 *     CommandResult r = ssh.run("cloud-init status --wait");
 *     ssh.upload(Path.of("app.tar.gz"), "/tmp/app.tar.gz");
 * }
 * }</pre>
 */
public interface SshSession extends AutoCloseable {

    /** The instance, when the session was opened for one. */
    Optional<String> instanceId();

    /** The address connected to. */
    String host();

    /** The port connected to. */
    int port();

    /** The login user. */
    String user();

    /** The host key the server presented and what vouched for it. */
    VerifiedHostKey hostKey();

    /**
     * Runs a command line (through the login shell, as {@code ssh host COMMAND} does) with no standard
     * input, and returns its exit status and output, each stream captured up to the spec's capture
     * limit.
     *
     * @throws dev.awsrecipes.core.AwsRecipesException when the connection fails or the command does not
     *     finish within the spec's command timeout (the command is then sent KILL and its channel
     *     closed)
     */
    CommandResult run(String command);

    /**
     * Runs a command line and streams its output as it comes, for output of any size.
     *
     * @return the exit status, as in {@link CommandResult#exitStatus()}
     */
    int run(String command, OutputStream stdout, OutputStream stderr);

    /**
     * Copies a local file to the host over SFTP (the remote file is created or replaced).
     *
     * @return the bytes copied
     */
    long upload(Path localFile, String remotePath);

    /**
     * Copies a file from the host over SFTP; the local file is written next to its final name and
     * then moved into place, replacing a file of that name.
     *
     * @return the bytes copied
     */
    long download(String remotePath, Path localFile);

    /** Ends the connection. */
    @Override
    void close();
}
