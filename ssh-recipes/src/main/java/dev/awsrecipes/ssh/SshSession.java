package dev.awsrecipes.ssh;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A logged-in SSH connection to an instance, opened by {@link SshRecipes#connect} once the host key was
 * verified. Runs commands one at a time or several concurrently, opens interactive shells, and copies
 * files over SFTP. Close it to end the connection; closing twice is fine.
 *
 * <pre>{@code
 * try (SshSession ssh = sshRecipes.connect(s -> s.instanceId("i-0abc").keyFile(key))) {
 *     CommandResult r = ssh.run("cloud-init status --wait");
 *     ssh.upload(Path.of("app.tar.gz"), "/tmp/app.tar.gz");
 *     int status = ssh.shell(PtyRequest.of("xterm"), terminalIn, terminalOut, terminalErr); // the caller's streams
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
     * Runs a command line with this standard input (sent as in {@link #run(String, InputStream,
     * OutputStream, OutputStream)}) and returns its exit status and captured output, as {@link
     * #run(String)} does.
     */
    CommandResult run(String command, InputStream stdin);

    /**
     * Runs a command line and streams its output as it comes, for output of any size.
     *
     * @return the exit status, as in {@link CommandResult#exitStatus()}
     */
    int run(String command, OutputStream stdout, OutputStream stderr);

    /**
     * Runs a command line with this standard input, as {@code printf x | ssh host cat} does: what the
     * stream yields is sent as it comes, and its end is sent as the command's end of input. The stream
     * is read on a thread of its own; when the command ends first, a read still waiting on the stream
     * (a terminal, say) finishes later and its bytes are dropped. The stream is not closed.
     *
     * @return the exit status, as in {@link CommandResult#exitStatus()}
     */
    int run(String command, InputStream stdin, OutputStream stdout, OutputStream stderr);

    /**
     * Opens the login shell on a pseudo-terminal of this type and size, as {@code ssh host} on a terminal
     * does: {@code stdin} is sent to it as it comes (so a caller who put its own terminal in raw mode
     * sends Ctrl-C as a byte, which the remote terminal turns into an interrupt), its output is copied to
     * {@code stdout} (a pseudo-terminal merges the shell's stderr into it; {@code stderr} gets what the
     * server sends apart, rarely anything) and each chunk is flushed at once. The end of {@code stdin}
     * is sent as end of input. Neither the session's command timeout nor any other limit applies.
     *
     * @return the running shell, to resize and to wait for
     * @throws dev.awsrecipes.core.AwsRecipesException when the server refuses the terminal or the shell
     */
    RemoteShell openShell(PtyRequest pty, InputStream stdin, OutputStream stdout, OutputStream stderr);

    /**
     * Runs the login shell on a pseudo-terminal until it ends, as {@link #openShell} without resizing:
     * the cookbook's {@code cmdshell.shell()}.
     *
     * @return the shell's exit status
     */
    default int shell(PtyRequest pty, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        try (RemoteShell shell = openShell(pty, stdin, stdout, stderr)) {
            return shell.waitFor();
        }
    }

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

    /**
     * Copies a file from the host over SFTP, written next to its final name and then moved into place,
     * so no one ever sees half a file under that name.
     *
     * @param replace whether a file already at {@code localFile} may be replaced; when false and one is
     *     there (checked before the copy and again, atomically, when it is moved into place) nothing is
     *     changed and {@link dev.awsrecipes.core.InvalidArgumentException} names {@code localFile}
     * @return the bytes copied
     */
    long download(String remotePath, Path localFile, boolean replace);

    /** Ends the connection. */
    @Override
    void close();
}
