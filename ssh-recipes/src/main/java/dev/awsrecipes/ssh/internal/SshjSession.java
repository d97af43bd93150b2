package dev.awsrecipes.ssh.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.ssh.CommandResult;
import dev.awsrecipes.ssh.PtyRequest;
import dev.awsrecipes.ssh.RemoteShell;
import dev.awsrecipes.ssh.SshSession;
import dev.awsrecipes.ssh.SshSpec;
import dev.awsrecipes.ssh.VerifiedHostKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.connection.channel.direct.Signal;
import net.schmizz.sshj.sftp.SFTPClient;
import net.schmizz.sshj.xfer.FileSystemFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link SshSession} over sshj: one connection, a channel per command, one SFTP channel opened on first use.
 *
 * <p>Its parallel work does not go through {@link dev.awsrecipes.core.ParallelCalls} or the context's
 * executor, because it needs a different contract: a command's standard output and standard error must be
 * drained at the same time, and at once, whatever else runs. They share the channel's flow-control window,
 * so a stream left unread stalls the other one and the command itself; queued behind other work in a
 * bounded executor (or with {@code maxInFlight} 1) a command would hang until its timeout, and a caller
 * running {@link #run} from inside that executor could wait on itself. So each command gets two daemon
 * threads of its own, which end when its streams do (or when its channel is closed on a timeout): no pool,
 * nothing that outlives the command, let alone the session.
 */
final class SshjSession implements SshSession {
    private static final Logger LOG = LoggerFactory.getLogger(SshjSession.class);
    /** The numbers shells report for the signals SSH names (RFC 4254), as 128 + number. */
    private static final Map<Signal, Integer> SIGNAL_NUMBERS = Map.ofEntries(
            Map.entry(Signal.HUP, 1),
            Map.entry(Signal.INT, 2),
            Map.entry(Signal.QUIT, 3),
            Map.entry(Signal.ILL, 4),
            Map.entry(Signal.ABRT, 6),
            Map.entry(Signal.FPE, 8),
            Map.entry(Signal.KILL, 9),
            Map.entry(Signal.USR1, 10),
            Map.entry(Signal.SEGV, 11),
            Map.entry(Signal.USR2, 12),
            Map.entry(Signal.PIPE, 13),
            Map.entry(Signal.ALRM, 14),
            Map.entry(Signal.TERM, 15));

    private final SSHClient client;
    private final SshSpec spec;
    private final String host;
    private final VerifiedHostKey hostKey;
    private SFTPClient sftp;
    private volatile boolean closed;

    SshjSession(SSHClient client, SshSpec spec, String host, VerifiedHostKey hostKey) {
        this.client = client;
        this.spec = spec;
        this.host = host;
        this.hostKey = hostKey;
    }

    @Override
    public Optional<String> instanceId() {
        return spec.instanceId();
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public int port() {
        return spec.port();
    }

    @Override
    public String user() {
        return spec.user();
    }

    @Override
    public VerifiedHostKey hostKey() {
        return hostKey;
    }

    @Override
    public CommandResult run(String command) {
        return capture(command, null);
    }

    @Override
    public CommandResult run(String command, InputStream stdin) {
        Check.notNull(stdin, "stdin");
        return capture(command, stdin);
    }

    private CommandResult capture(String command, InputStream stdin) {
        BoundedCapture out = new BoundedCapture(spec.captureLimit());
        BoundedCapture err = new BoundedCapture(spec.captureLimit());
        Exit exit = execute(command, stdin, out, err);
        return new CommandResult(
                command, exit.status(), exit.signal(), out.text(), err.text(), out.truncated(), err.truncated());
    }

    @Override
    public int run(String command, OutputStream stdout, OutputStream stderr) {
        Check.notNull(stdout, "stdout");
        Check.notNull(stderr, "stderr");
        return execute(command, null, stdout, stderr).status();
    }

    @Override
    public int run(String command, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        Check.notNull(stdin, "stdin");
        Check.notNull(stdout, "stdout");
        Check.notNull(stderr, "stderr");
        return execute(command, stdin, stdout, stderr).status();
    }

    private record Exit(int status, String signal) {}

    /** Runs a command; with no {@code stdin} its input ends at once, as {@code ssh -n} does. */
    private Exit execute(String command, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        Check.notBlank(command, "command");
        ensureOpen();
        long deadline = System.nanoTime() + spec.commandTimeout().toNanos();
        try (Session session = client.startSession()) {
            Session.Command running = session.exec(command);
            if (stdin == null) {
                running.getOutputStream().close(); // no standard input: a command that reads it sees EOF
            } else {
                StreamPumps.feed(stdin, running.getOutputStream(), "in", where());
            }
            FutureTask<Void> out = StreamPumps.drain(running.getInputStream(), stdout, "out");
            FutureTask<Void> err = StreamPumps.drain(running.getErrorStream(), stderr, "err");
            await(running, out, deadline, command);
            await(running, err, deadline, command);
            running.join(
                    Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())), TimeUnit.MILLISECONDS);
            return exit(running, command);
        } catch (IOException e) {
            throw new AwsRecipesException(
                    "command `" + command + "` on " + where() + " failed: " + SshConnector.message(e), e);
        }
    }

    @Override
    public RemoteShell openShell(PtyRequest pty, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        Check.notNull(pty, "pty");
        Check.notNull(stdin, "stdin");
        Check.notNull(stdout, "stdout");
        Check.notNull(stderr, "stderr");
        ensureOpen();
        Session session = null;
        try {
            session = client.startSession();
            // No terminal modes of our own: the server's defaults (echo, ^C interrupts, CR to NL) are
            // what a remote login expects; the caller's terminal, in raw mode, passes every byte through.
            session.allocatePTY(pty.term(), pty.columns(), pty.rows(), 0, 0, Map.of());
            Session.Shell shell = session.startShell();
            StreamPumps.feed(stdin, shell.getOutputStream(), "shell-in", where());
            FutureTask<Void> out = StreamPumps.drain(shell.getInputStream(), stdout, "shell-out");
            FutureTask<Void> err = StreamPumps.drain(shell.getErrorStream(), stderr, "shell-err");
            Session.Command ended = (Session.Command) shell; // sshj's one session channel class is both
            return new SshjShell(session, shell, out, err, where(), () -> exit(ended, "the login shell")
                    .status());
        } catch (IOException e) {
            if (session != null) {
                try {
                    session.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw new AwsRecipesException("opening a shell on " + where() + " failed: " + SshConnector.message(e), e);
        }
    }

    private void await(Session.Command running, FutureTask<Void> pump, long deadline, String command) {
        try {
            pump.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // sshd answers a channel close only once the command has ended, so end it first. OpenSSH
            // passes the signal on for ordinary users; for root logins (no privilege separation) it
            // refuses, and closing waits until the command finishes by itself.
            try {
                running.signal(Signal.KILL);
            } catch (IOException signalFailed) {
                LOG.debug("could not signal `{}` on {}", command, where(), signalFailed);
            }
            pump.cancel(true);
            throw new AwsRecipesException("command `" + command + "` on " + where() + " did not finish within "
                    + spec.commandTimeout() + "; it was killed and its channel closed");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw new AwsRecipesException(
                    "command `" + command + "` on " + where() + " failed: " + SshConnector.message(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsRecipesException("interrupted while `" + command + "` ran on " + where(), e);
        }
    }

    private Exit exit(Session.Command running, String command) {
        Integer status = running.getExitStatus();
        Signal signal = running.getExitSignal();
        if (status != null) {
            return new Exit(status, null);
        }
        if (signal != null) {
            return new Exit(128 + SIGNAL_NUMBERS.getOrDefault(signal, 127), signal.name());
        }
        LOG.warn("{} sent no exit status for `{}`; reporting 255", where(), command);
        return new Exit(255, null);
    }

    @Override
    public synchronized long upload(Path localFile, String remotePath) {
        Check.notNull(localFile, "localFile");
        Check.notBlank(remotePath, "remotePath");
        if (!Files.isRegularFile(localFile) || !Files.isReadable(localFile)) {
            throw new InvalidArgumentException("localFile", "localFile " + localFile + " is not a readable file");
        }
        try {
            sftp().put(new FileSystemFile(localFile.toFile()), remotePath);
            return Files.size(localFile);
        } catch (IOException e) {
            throw new AwsRecipesException(
                    "upload of " + localFile + " to " + where() + ":" + remotePath + " failed: "
                            + SshConnector.message(e),
                    e);
        }
    }

    @Override
    public long download(String remotePath, Path localFile) {
        return download(remotePath, localFile, true);
    }

    @Override
    public synchronized long download(String remotePath, Path localFile, boolean replace) {
        Check.notBlank(remotePath, "remotePath");
        Check.notNull(localFile, "localFile");
        Path dir = localFile.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InvalidArgumentException(
                    "localFile", "localFile " + localFile + " is not in an existing directory");
        }
        if (!replace && Files.exists(localFile, LinkOption.NOFOLLOW_LINKS)) {
            throw exists(localFile);
        }
        Path part = dir.resolve("." + localFile.getFileName() + ".part-" + UUID.randomUUID());
        try {
            sftp().get(remotePath, new FileSystemFile(part.toFile()));
            if (replace) {
                Files.move(part, localFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                moveIntoPlaceUnlessTaken(part, localFile);
            }
            return Files.size(localFile);
        } catch (IOException e) {
            throw new AwsRecipesException(
                    "download of " + where() + ":" + remotePath + " failed: " + SshConnector.message(e), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                LOG.warn("could not remove the partial download {}", part, e);
            }
        }
    }

    /**
     * A rename replaces what is there, so the file is linked under its final name instead, which fails
     * when the name was taken while the copy ran; the partial name is removed afterwards. Where hard
     * links are not supported the move checks first, leaving only that short window.
     */
    private static void moveIntoPlaceUnlessTaken(Path part, Path localFile) throws IOException {
        try {
            Files.createLink(localFile, part);
        } catch (FileAlreadyExistsException e) {
            throw exists(localFile);
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(localFile, LinkOption.NOFOLLOW_LINKS)) {
                throw exists(localFile);
            }
            Files.move(part, localFile);
        }
    }

    private static InvalidArgumentException exists(Path localFile) {
        return new InvalidArgumentException(
                "localFile", "localFile " + localFile + " exists; give replace (--force) to replace it");
    }

    private SFTPClient sftp() throws IOException {
        ensureOpen();
        if (sftp == null) {
            sftp = client.newSFTPClient();
        }
        return sftp;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the SSH session to " + where() + " is closed");
        }
    }

    private String where() {
        return spec.user() + "@" + host + ":" + spec.port();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (sftp != null) {
                sftp.close();
            }
            client.close();
        } catch (IOException e) {
            LOG.debug("closing the SSH session to {} failed", where(), e);
        }
    }

    /** Keeps the first bytes up to a limit, and reads and drops the rest so the command never blocks. */
    private static final class BoundedCapture extends OutputStream {
        private final java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
        private final int limit;
        private boolean truncated;

        BoundedCapture(int limit) {
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int room = limit - kept.size();
            if (len > room) {
                truncated = true;
            }
            kept.write(b, off, Math.max(0, Math.min(len, room)));
        }

        synchronized String text() {
            return kept.toString(java.nio.charset.StandardCharsets.UTF_8);
        }

        synchronized boolean truncated() {
            return truncated;
        }
    }
}
