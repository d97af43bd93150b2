package dev.awsrecipes.ssh.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that move a channel's bytes: one per stream, daemon, ending with the stream (see {@link
 * SshjSession}'s class comment for why they are not pooled). Every chunk is flushed as it passes, so an
 * interactive shell's prompt or a command's partial line shows at once.
 */
final class StreamPumps {
    private static final Logger LOG = LoggerFactory.getLogger(StreamPumps.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private StreamPumps() {}

    /** Copies one of the channel's output streams to the caller's until it ends. */
    static FutureTask<Void> drain(InputStream channel, OutputStream caller, String name) {
        FutureTask<Void> task = new FutureTask<>(() -> copy(channel, caller), null);
        start(task, name);
        return task;
    }

    /**
     * Sends the caller's stream to the channel's standard input as it comes and then the end of input.
     * When the channel closes first, a read still waiting on the caller's stream finishes later and is
     * dropped: the thread cannot be woken from it, as OpenSSH's client cannot either.
     */
    static void feed(InputStream caller, OutputStream channel, String name, String where) {
        start(
                () -> {
                    try (channel) {
                        copy(caller, channel);
                    } catch (UncheckedIOException | IOException e) {
                        // The remote side stopped reading (the command ended): nothing left to send to.
                        LOG.debug("standard input for {} stopped: {}", where, e.toString());
                    }
                },
                name);
    }

    private static void start(Runnable task, String name) {
        Thread thread = new Thread(task, "aws-recipes-ssh-" + THREADS.incrementAndGet() + "-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void copy(InputStream in, OutputStream out) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (n > 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
