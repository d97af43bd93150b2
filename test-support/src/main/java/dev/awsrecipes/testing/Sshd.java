package dev.awsrecipes.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenSSH server for tests: Debian's {@code /usr/sbin/sshd}, started as the current user on
 * 127.0.0.1 on a free port, with host keys of its own (Ed25519, ECDSA, RSA, as an EC2 instance has)
 * made by {@code ssh-keygen}, an {@code AuthorizedKeysFile} the test fills with {@link #authorize},
 * SFTP, and everything in a temporary directory. {@link #close()} stops it by its process id and
 * removes the directory. {@code scripts/sshd-install} installs sshd when it is missing.
 */
public final class Sshd implements AutoCloseable {
    /** Where Debian's openssh-server puts the daemon. */
    public static final Path SSHD = Path.of("/usr/sbin/sshd");

    private static final String HOST = "127.0.0.1";
    private static final List<String> KEY_TYPES = List.of("ecdsa", "ed25519", "rsa");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

    private final Path dir;
    private final int port;
    private final Process process;

    private Sshd(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /** Starts a server; fails with a message saying how to install sshd when it is missing. */
    public static Sshd start() {
        if (!Files.isExecutable(SSHD)) {
            throw new IllegalStateException("OpenSSH's sshd is not installed at " + SSHD
                    + ": run scripts/sshd-install (Debian's openssh-server)");
        }
        if (!Files.isDirectory(Path.of("/run/sshd"))) {
            throw new IllegalStateException("/run/sshd is missing (sshd needs it): run scripts/sshd-install");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("aws-recipes-sshd-");
            for (String type : KEY_TYPES) {
                run(List.of(
                        "ssh-keygen",
                        "-q",
                        "-t",
                        type,
                        "-N",
                        "",
                        "-C",
                        "root@ip-127-0-0-1.test",
                        "-f",
                        dir.resolve("ssh_host_" + type + "_key").toString()));
            }
            Files.createFile(dir.resolve("authorized_keys"));
            IllegalStateException last = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                int port = freePort();
                Files.writeString(dir.resolve("sshd_config"), config(dir, port));
                Process process = new ProcessBuilder(
                                SSHD.toString(),
                                "-D",
                                "-f",
                                dir.resolve("sshd_config").toString(),
                                "-E",
                                dir.resolve("sshd.log").toString())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("sshd.out").toFile())
                        .start();
                try {
                    awaitListening(process, port, dir);
                    return new Sshd(dir, port, process);
                } catch (IllegalStateException e) {
                    process.destroy();
                    process.waitFor(5, TimeUnit.SECONDS);
                    last = e; // most likely the free port was taken meanwhile: try another
                }
            }
            throw last;
        } catch (IOException e) {
            deleteTree(dir);
            throw new UncheckedIOException("could not start sshd: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteTree(dir);
            throw new IllegalStateException("interrupted while starting sshd", e);
        } catch (RuntimeException e) {
            deleteTree(dir);
            throw e;
        }
    }

    private static String config(Path dir, int port) {
        StringBuilder c = new StringBuilder();
        c.append("Port ").append(port).append('\n');
        c.append("ListenAddress ").append(HOST).append('\n');
        for (String type : KEY_TYPES) {
            c.append("HostKey ")
                    .append(dir.resolve("ssh_host_" + type + "_key"))
                    .append('\n');
        }
        c.append("AuthorizedKeysFile ").append(dir.resolve("authorized_keys")).append('\n');
        c.append("PidFile ").append(dir.resolve("sshd.pid")).append('\n');
        // The temporary directory is not laid out as sshd insists for ~/.ssh; the test owns it.
        c.append("StrictModes no\n");
        c.append("UsePAM no\n");
        c.append("PasswordAuthentication no\n");
        c.append("KbdInteractiveAuthentication no\n");
        c.append("PubkeyAuthentication yes\n");
        c.append("PermitRootLogin prohibit-password\n");
        c.append("UseDNS no\n");
        c.append("PrintMotd no\n");
        c.append("MaxStartups 50\n");
        c.append("Subsystem sftp internal-sftp\n");
        return c.toString();
    }

    private static void awaitListening(Process process, int port, Path dir) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("sshd exited with status " + process.exitValue() + ": " + log(dir));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException(
                "sshd did not listen on " + HOST + ":" + port + " within " + START_TIMEOUT + ": " + log(dir));
    }

    private static String log(Path dir) {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("sshd.log", "sshd.out")) {
            try {
                if (Files.exists(dir.resolve(name))) {
                    text.append(Files.readString(dir.resolve(name)).strip().replace('\n', ' '))
                            .append(' ');
                }
            } catch (IOException e) {
                text.append("(").append(name).append(" unreadable) ");
            }
        }
        return text.toString().strip();
    }

    /** A TCP port on 127.0.0.1 that nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 127.0.0.1}. */
    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** The login user: the one running the tests (sshd runs as that user and lets only it in). */
    public String user() {
        return System.getProperty("user.name");
    }

    /** The process id, for stopping it and for messages. */
    public long pid() {
        return process.pid();
    }

    /** Lets the holder of this key log in. */
    public void authorize(String openSshPublicKey) {
        try {
            Files.writeString(
                    dir.resolve("authorized_keys"),
                    openSshPublicKey.strip() + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's host public keys, one OpenSSH line each ({@code ssh-ed25519 AAAA... comment}). */
    public List<String> hostKeys() {
        List<String> keys = new ArrayList<>();
        for (String type : KEY_TYPES) {
            try {
                keys.add(Files.readString(dir.resolve("ssh_host_" + type + "_key.pub"))
                        .strip());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    /**
     * The fingerprint lines {@code ssh-keygen -l} prints for the host keys ({@code 256 SHA256:... comment
     * (ED25519)}), the lines cloud-init writes to an instance's console.
     */
    public List<String> fingerprintLines() {
        List<String> lines = new ArrayList<>();
        for (String type : KEY_TYPES) {
            lines.add(run(List.of(
                            "ssh-keygen",
                            "-l",
                            "-f",
                            dir.resolve("ssh_host_" + type + "_key.pub").toString()))
                    .strip());
        }
        return lines;
    }

    /**
     * Console output as an EC2 instance with cloud-init prints it, announcing this server's host keys:
     * both blocks, with the {@code ec2:} prefixes and kernel lines around them.
     */
    public String consoleOutputAnnouncingHostKeys() {
        return consoleOutputAnnouncing(fingerprintLines(), hostKeys());
    }

    /** The same console output shape around any fingerprint lines and keys (say, another server's). */
    public static String consoleOutputAnnouncing(List<String> fingerprintLines, List<String> keys) {
        StringBuilder text = new StringBuilder();
        text.append("[    6.118523] cloud-init[1634]: Cloud-init v. 22.2.2 running 'modules:final'\r\n");
        text.append("ec2: \r\nec2: #############################################################\r\n");
        text.append("ec2: -----BEGIN SSH HOST KEY FINGERPRINTS-----\r\n");
        fingerprintLines.forEach(l -> text.append("ec2: ").append(l).append("\r\n"));
        text.append("ec2: -----END SSH HOST KEY FINGERPRINTS-----\r\n");
        text.append("ec2: #############################################################\r\n");
        if (!keys.isEmpty()) {
            text.append("-----BEGIN SSH HOST KEY KEYS-----\r\n");
            keys.forEach(k -> text.append(k).append("\r\n"));
            text.append("-----END SSH HOST KEY KEYS-----\r\n");
        }
        text.append("[    6.801877] cloud-init[1650]: Cloud-init v. 22.2.2 finished\r\n\r\nip-127-0-0-1 login: ");
        return text.toString();
    }

    /** known_hosts lines for this server ({@code [127.0.0.1]:PORT ssh-ed25519 AAAA...}). */
    public List<String> knownHostsLines() {
        return hostKeys().stream().map(k -> "[" + HOST + "]:" + port + " " + k).toList();
    }

    /** How many logins sshd has accepted so far, read from its log: proof that something ran, or not. */
    public long acceptedLogins() {
        try {
            Path log = dir.resolve("sshd.log");
            return Files.exists(log)
                    ? Files.readAllLines(log).stream()
                            .filter(l -> l.startsWith("Accepted publickey"))
                            .count()
                    : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** sshd's log so far, for assertion messages. */
    public String log() {
        return log(dir);
    }

    /** Stops the server by its process id and removes its directory. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteTree(dir);
        }
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
