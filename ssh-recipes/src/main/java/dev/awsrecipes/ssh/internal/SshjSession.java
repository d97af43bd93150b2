package dev.awsrecipes.ssh.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.ssh.CommandResult;
import dev.awsrecipes.ssh.SshSession;
import dev.awsrecipes.ssh.SshSpec;
import dev.awsrecipes.ssh.VerifiedHostKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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

    private static final AtomicInteger THREADS = new AtomicInteger();

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
        BoundedCapture out = new BoundedCapture(spec.captureLimit());
        BoundedCapture err = new BoundedCapture(spec.captureLimit());
        Exit exit = execute(command, out, err);
        return new CommandResult(
                command, exit.status(), exit.signal(), out.text(), err.text(), out.truncated(), err.truncated());
    }

    @Override
    public int run(String command, OutputStream stdout, OutputStream stderr) {
        Check.notNull(stdout, "stdout");
        Check.notNull(stderr, "stderr");
        return execute(command, stdout, stderr).status();
    }

    private record Exit(int status, String signal) {}

    private Exit execute(String command, OutputStream stdout, OutputStream stderr) {
        Check.notBlank(command, "command");
        ensureOpen();
        long deadline = System.nanoTime() + spec.commandTimeout().toNanos();
        try (Session session = client.startSession()) {
            Session.Command running = session.exec(command);
            running.getOutputStream().close(); // no standard input: a command that reads it sees EOF
            FutureTask<Void> out = pump(running.getInputStream(), stdout, "out");
            FutureTask<Void> err = pump(running.getErrorStream(), stderr, "err");
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

    /** Copies one stream on a thread of its own, which ends with the stream (see the class comment). */
    private static FutureTask<Void> pump(InputStream in, OutputStream out, String stream) {
        FutureTask<Void> task = new FutureTask<>(() -> copy(in, out), null);
        Thread thread = new Thread(task, "aws-recipes-ssh-" + THREADS.incrementAndGet() + "-" + stream);
        thread.setDaemon(true);
        thread.start();
        return task;
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

    private static void copy(InputStream in, OutputStream out) {
        try {
            in.transferTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    public synchronized long download(String remotePath, Path localFile) {
        Check.notBlank(remotePath, "remotePath");
        Check.notNull(localFile, "localFile");
        Path dir = localFile.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InvalidArgumentException(
                    "localFile", "localFile " + localFile + " is not in an existing directory");
        }
        Path part = dir.resolve("." + localFile.getFileName() + ".part-" + UUID.randomUUID());
        try {
            sftp().get(remotePath, new FileSystemFile(part.toFile()));
            Files.move(part, localFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
