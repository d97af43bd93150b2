package dev.awsrecipes.ssh.internal;

import dev.awsrecipes.core.WaitTimeoutException;
import dev.awsrecipes.ssh.SshWaitListener;
import dev.awsrecipes.ssh.SshWaitProgress;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Waits until an address answers with an SSH banner: an instance is {@code running} a good while before
 * its sshd listens, and a TCP port that accepts is not yet an SSH server that answers.
 */
final class SshProbe {
    private static final Duration PAUSE = Duration.ofSeconds(2);
    private static final Duration ATTEMPT = Duration.ofSeconds(5);

    private SshProbe() {}

    static void awaitBanner(String host, int port, Duration timeout, SshWaitListener listener) {
        long start = System.nanoTime();
        String target = host + ":" + port;
        for (int attempt = 1; ; attempt++) {
            Duration remaining = timeout.minus(Duration.ofNanos(System.nanoTime() - start));
            String problem = probe(host, port, min(ATTEMPT, remaining));
            if (problem == null) {
                return;
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (elapsed.compareTo(timeout) >= 0) {
                throw new WaitTimeoutException(
                        "SSH at " + target,
                        "reachable (last attempt: " + problem + ")",
                        timeout,
                        new IOException(problem));
            }
            listener.waiting(
                    new SshWaitProgress(SshWaitProgress.Stage.SSH_ANSWERS, target, attempt, elapsed, timeout, problem));
            sleep(min(PAUSE, timeout.minus(elapsed)));
        }
    }

    /** Null when an SSH banner came back, else what went wrong. */
    private static String probe(String host, int port, Duration limit) {
        int millis = (int) Math.max(1, limit.toMillis());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), millis);
            socket.setSoTimeout(millis);
            return readsBanner(socket.getInputStream()) ? null : "answered, but not with an SSH banner";
        } catch (IOException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** RFC 4253: the server may send lines before {@code SSH-}; the banner comes within a few lines. */
    private static boolean readsBanner(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int read = 0; read < 8192; read++) {
            int c = in.read();
            if (c < 0) {
                return false;
            }
            if (c == '\n') {
                if (line.toString().startsWith("SSH-")) {
                    return true;
                }
                line.setLength(0);
            } else {
                line.append((char) c);
                if (line.length() == 4 && line.toString().equals("SSH-")) {
                    return true;
                }
            }
        }
        return false;
    }

    static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static void sleep(Duration pause) {
        if (pause.isNegative() || pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for SSH", e);
        }
    }
}
