package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.core.Environment;
import dev.awsrecipes.ssh.PtyRequest;
import dev.awsrecipes.ssh.RemoteShell;
import dev.awsrecipes.ssh.SshSession;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The login shell on the local terminal, as {@code ssh host} gives it: the remote pseudo-terminal gets
 * {@code TERM} and the local size, the local terminal is in raw mode while the shell runs (put back
 * afterwards, and by a shutdown hook if the process is killed), and size changes are followed.
 *
 * <p>Java cannot catch {@code SIGWINCH} without native code, so the size is polled once a second
 * instead: a resize reaches the remote side within about a second.
 */
final class InteractiveShell {
    static final Duration RESIZE_POLL = Duration.ofSeconds(1);

    private InteractiveShell() {}

    /** Runs the shell until it ends and returns its exit status. */
    static int run(SshSession session, InputStream stdin, OutputStream stdout, OutputStream stderr, Environment env) {
        LocalTerminal tty = new LocalTerminal();
        LocalTerminal.Size size =
                tty.size().orElse(new LocalTerminal.Size(PtyRequest.DEFAULT_COLUMNS, PtyRequest.DEFAULT_ROWS));
        // OpenSSH sends an empty type when TERM is unset; the remote side then treats it as dumb.
        PtyRequest pty = new PtyRequest(env.find("TERM").orElse("dumb"), size.columns(), size.rows());
        Thread restore = new Thread(tty::restore, "aws-recipes-tty-restore");
        Runtime.getRuntime().addShutdownHook(restore);
        tty.raw();
        try (RemoteShell shell = session.openShell(pty, stdin, stdout, stderr)) {
            Thread poller = followResizes(tty, shell, size);
            try {
                return shell.waitFor();
            } finally {
                poller.interrupt();
            }
        } finally {
            tty.restore();
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs (or ran) anyway; restoring twice is harmless.
            }
        }
    }

    private static Thread followResizes(LocalTerminal tty, RemoteShell shell, LocalTerminal.Size initial) {
        AtomicReference<LocalTerminal.Size> last = new AtomicReference<>(initial);
        Thread poller = new Thread(
                () -> {
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            Thread.sleep(RESIZE_POLL.toMillis());
                            tty.size().filter(s -> !s.equals(last.get())).ifPresent(s -> {
                                last.set(s);
                                shell.resize(s.columns(), s.rows());
                            });
                        }
                    } catch (InterruptedException e) {
                        // The shell ended.
                    }
                },
                "aws-recipes-tty-resize");
        poller.setDaemon(true);
        poller.start();
        return poller;
    }
}
