package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.cli.JarProcess;
import dev.awsrecipes.cli.ShellWords;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import dev.awsrecipes.testing.Sshd;
import dev.awsrecipes.testing.SshdExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws-recipes ssh} as a separate process, the way a user starts it: on a real terminal for the
 * interactive shell (util-linux's {@code script} gives it a pseudo-terminal, whose size and keys the test
 * controls), and with a pipe on stdin for a command. Whether stdin is a terminal is decided by the JVM
 * itself ({@code System.console()}), so only a real process can show it.
 */
@ExtendWith({LocalStackExtension.class, SshdExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SshTerminalIT {
    private static final Path SCRIPT = Path.of("/usr/bin/script");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private LaunchCli cli;
    private Sshd sshd;
    private SshdLogin login;

    @BeforeAll
    void launch(LocalStack localStack, Sshd sshd, @TempDir Path dir) throws IOException {
        this.sshd = sshd;
        cli = new LaunchCli(localStack);
        login = SshdLogin.launch(cli, "ssh-terminal", sshd, dir);
    }

    @AfterAll
    void cleanUp() {
        if (cli != null) {
            cli.close();
        }
    }

    @Test
    void ssh_noCommandOnATerminal_isALoginShellWithTermSizeResizeCtrlCAndItsExitStatus() throws Exception {
        assertThat(SCRIPT)
                .as("util-linux's script (Debian: bsdutils) gives the CLI a terminal")
                .isExecutable();
        // The terminal script makes is 0x0 until told; the CLI must pass on the size it reads.
        String inside = "tty; stty cols 132 rows 43; exec " + ShellWords.line(javaCommand("ssh"));
        ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), "-qfec", inside, "/dev/null");
        environment(builder);
        builder.environment().put("TERM", "vt220");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        Screen screen = Screen.of(process.getInputStream());
        try (OutputStream keyboard = process.getOutputStream()) {
            String pty = screen.await("(/dev/pts/\\d+)").group(1);

            type(keyboard, "echo \"term=$TERM size=$(stty size) who=$(id -un)\"\r");
            screen.await("(?m)^term=vt220 size=43 132 who=" + Pattern.quote(sshd.user()) + "\\r?$");

            // Ctrl-C reaches the remote terminal as a byte (raw mode) and interrupts sleep there;
            // were it a signal here, the CLI would die and the shell with it.
            type(keyboard, "sleep 30\r");
            Thread.sleep(1000);
            type(keyboard, "\u0003");
            type(keyboard, "echo \"after-$?\"\r");
            screen.await("(?m)^after-130\\r?$");

            // A resize of the local terminal reaches the remote one within about a second (polled).
            run("stty", "-F", pty, "cols", "100", "rows", "30");
            Thread.sleep(2500);
            type(keyboard, "echo \"now=$(stty size)\"\r");
            screen.await("(?m)^now=30 100\\r?$");

            type(keyboard, "exit 3\r");
            assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .as("the CLI ended with the shell; the screen shows: %s", screen.text())
                    .isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as(screen.text()).isEqualTo(3);
    }

    @Test
    void launchInstance_sshOnATerminal_opensTheNewInstancesShellOnceItAnswers() throws Exception {
        assertThat(SCRIPT).isExecutable();
        // The keypair of the class's launch is reused (its .pem is in the key directory, and the loopback
        // sshd already lets its holder in): the new "instance" answers as soon as it runs.
        List<String> launch = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JarProcess.jar().toString(),
                "launch-instance",
                "--endpoint-url",
                cli.localStack.endpoint().toString(),
                "--ami",
                "ami-1e749f67",
                "--key-name",
                "ssh-terminal",
                "--key-dir",
                login.keyFile().getParent().toString(),
                "--group",
                "ssh-terminal-launch",
                "--ssh-port",
                String.valueOf(sshd.port()),
                "--host",
                sshd.host(),
                "--user",
                sshd.user(),
                "--known-hosts",
                login.knownHosts().toString(),
                "--host-key-wait",
                "0s",
                "--ssh"));
        ProcessBuilder builder = new ProcessBuilder(
                SCRIPT.toString(), "-qfec", "stty cols 90 rows 20; exec " + ShellWords.line(launch), "/dev/null");
        environment(builder);
        builder.environment().put("TERM", "xterm");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        Screen screen = Screen.of(process.getInputStream());
        try (OutputStream keyboard = process.getOutputStream()) {
            screen.await("instance i-[0-9a-f]+ is running");
            type(keyboard, "echo \"launched-$((6*7)) $(stty size)\"\r");
            screen.await("(?m)^launched-42 20 90\\r?$");
            type(keyboard, "exit 4\r");
            assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .as("the CLI ended with the shell; the screen shows: %s", screen.text())
                    .isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as(screen.text()).isEqualTo(4);
    }

    @Test
    void ssh_pipedStdinToCat_printsItAsOpenSshDoes() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(javaCommand("ssh", "--", "cat"));
        environment(builder);
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write('x');
        }
        Screen err = Screen.of(process.getErrorStream());
        byte[] out = process.getInputStream().readAllBytes();

        assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err.text()).isZero();
        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo("x");
    }

    @Test
    void ssh_noCommandAndStdinAPipe_exit2WithOneLineSayingHowToRunACommand() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(javaCommand("ssh"));
        environment(builder);
        Process process = builder.start();
        process.getOutputStream().close();
        Screen err = Screen.of(process.getErrorStream());
        byte[] out = process.getInputStream().readAllBytes();

        assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err.text().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("ssh: no COMMAND given and stdin is not a terminal")
                .contains("aws-recipes ssh --instance-id " + login.instanceId())
                .endsWith("-- COMMAND"));
    }

    /** {@code java -jar aws-recipes.jar COMMAND} with the options that reach the loopback sshd. */
    private List<String> javaCommand(String command, String... more) {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JarProcess.jar().toString(),
                command,
                "--endpoint-url",
                cli.localStack.endpoint().toString()));
        line.addAll(List.of(login.options()));
        line.addAll(List.of(more));
        return line;
    }

    /** The test account's environment and nothing of this machine's AWS settings. */
    private void environment(ProcessBuilder builder) {
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        builder.environment().putAll(CliRun.environment(cli.localStack, cli.accountId));
    }

    private static void type(OutputStream keyboard, String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    }

    /** What a process wrote, read on a thread of its own and searchable while it still writes. */
    private static final class Screen {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        static Screen of(InputStream in) {
            Screen screen = new Screen();
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        synchronized (screen) {
                            screen.bytes.write(buffer, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // The process ended.
                }
            });
            reader.setDaemon(true);
            reader.start();
            return screen;
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        /** Waits until the text matches, up to a minute. */
        Matcher await(String regex) throws InterruptedException {
            Pattern pattern = Pattern.compile(regex);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (true) {
                Matcher m = pattern.matcher(text());
                if (m.find()) {
                    return m;
                }
                assertThat(System.nanoTime())
                        .as("waited for %s; the screen shows: %s", regex, text())
                        .isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }
}
