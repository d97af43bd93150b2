package dev.awsrecipes.ssh;

/**
 * An interactive shell running on the host, opened by {@link SshSession#openShell}: its terminal can be
 * resized while it runs, and {@link #waitFor()} returns its exit status once it ends. Closing it ends
 * the shell's channel (the shell sees a hang-up); the session stays open.
 */
public interface RemoteShell extends AutoCloseable {

    /**
     * Tells the remote terminal its new size (RFC 4254's "window-change"), as a local terminal's
     * {@code SIGWINCH} would; the remote programs get their own {@code SIGWINCH}. Ignored once the shell
     * has ended.
     *
     * @param columns the width in characters, 1 to 10,000
     * @param rows the height in lines, 1 to 10,000
     */
    void resize(int columns, int rows);

    /**
     * Waits, without a time limit, until the shell ends and its output has been copied.
     *
     * @return its exit status; for a shell killed by a signal, 128 plus the signal's number, as in
     *     {@link CommandResult#exitStatus()}
     * @throws dev.awsrecipes.core.AwsRecipesException when the connection fails
     */
    int waitFor();

    /** Ends the shell's channel if it still runs. */
    @Override
    void close();
}
