package dev.awsrecipes.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.WaitTimeoutException;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.LaunchSpec;
import dev.awsrecipes.ec2.LaunchedInstance;
import dev.awsrecipes.ec2.SshPublicKey;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerKind;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.Ec2Servers;
import dev.awsrecipes.testing.Ec2TestAccount;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import dev.awsrecipes.testing.Sshd;
import dev.awsrecipes.testing.SshdExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * E15 against a real OpenSSH sshd on loopback, logging in with the keypair {@code launchInstance}
 * created in LocalStack. LocalStack's instances are not machines, so the address is always given
 * explicitly, and their console output is synthetic (no host-key blocks): console texts carrying the
 * server's real fingerprints, or others, are fed through the same parser instead. The tests that call
 * EC2 themselves (console output read, instances launched) run on moto too, each server with an
 * instance of its own; the others log in with LocalStack's.
 */
@ExtendWith({LocalStackExtension.class, SshdExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SshIT {
    private Ec2TestAccount account;
    private Ec2Recipes ec2;
    private SshRecipes recipes;
    private LaunchedInstance instance;
    private Sshd sshd;
    private Path keyDir;
    /** Each server's account and the instance launched in it, made when a test first needs them. */
    private final Map<Ec2ServerKind, Launched> launched = new EnumMap<>(Ec2ServerKind.class);

    private final List<Ec2TestAccount> accounts = new ArrayList<>();

    /** An account on a server, with the instance its tests log in to. */
    private record Launched(Ec2TestAccount account, Ec2Recipes ec2, SshRecipes recipes, LaunchedInstance instance) {}

    @BeforeAll
    void launchAndAuthorize(LocalStack localStack, Sshd sshd, @TempDir Path keyDir) {
        this.sshd = sshd;
        this.keyDir = keyDir;
        Launched onLocalStack = on(Ec2Servers.of(localStack));
        account = onLocalStack.account();
        ec2 = onLocalStack.ec2();
        recipes = onLocalStack.recipes();
        instance = onLocalStack.instance();
    }

    @AfterAll
    void cleanUp() {
        accounts.forEach(Ec2TestAccount::close);
    }

    /** The server's account and instance, launched on first use. */
    private Launched on(Ec2Server server) {
        return launched.computeIfAbsent(server.kind(), kind -> launch(server));
    }

    private Launched launch(Ec2Server server) {
        Ec2TestAccount account = new Ec2TestAccount(server);
        accounts.add(account);
        Ec2Recipes ec2 = Ec2Recipes.using(account.aws);
        Path dir = keyDir.resolve(server.name());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        LaunchedInstance instance = ec2.launchInstance(l -> l.ami(account.anyImageId())
                .keyName("ssh-it")
                .keyDir(dir)
                .groupName("ssh-it")
                .waitTimeout(Duration.ofSeconds(60)));
        assertThat(instance.createdKey()).isTrue();
        // The public half is derived in Java from the PEM the server handed out: what a user's instance
        // would have in ~ec2-user/.ssh/authorized_keys.
        sshd.authorize(SshPublicKey.read(instance.keyFile()).toOpenSsh());
        return new Launched(account, ec2, SshRecipes.using(account.aws), instance);
    }

    /** The spec every test starts from: the launched instance, at the loopback sshd, as its user. */
    private Consumer<SshSpec.Builder> toSshd(Consumer<SshSpec.Builder> more) {
        return toSshd(instance, more);
    }

    /** The spec a test on one server starts from: that server's instance, at the loopback sshd. */
    private Consumer<SshSpec.Builder> toSshd(LaunchedInstance instance, Consumer<SshSpec.Builder> more) {
        return s -> {
            s.instanceId(instance.instanceId())
                    .keyFile(instance.keyFile())
                    .user(sshd.user())
                    .host(sshd.host())
                    .port(sshd.port())
                    .waitTimeout(Duration.ofSeconds(30));
            more.accept(s);
        };
    }

    private Consumer<SshSpec.Builder> verifiedByConsole() {
        return toSshd(s -> s.consoleOutput(sshd.consoleOutputAnnouncingHostKeys()));
    }

    @Test
    void run_commandWithOutputAndExitStatus_returnsAllThreeAndHasItsEffect(@TempDir Path dir) {
        Path marker = dir.resolve("ran-here");
        try (SshSession ssh = recipes.connect(verifiedByConsole())) {
            CommandResult result = ssh.run("echo to-stdout; echo to-stderr >&2; touch " + marker + "; exit 3");

            assertThat(result.exitStatus()).isEqualTo(3);
            assertThat(result.stdout()).isEqualTo("to-stdout\n");
            assertThat(result.stderr()).isEqualTo("to-stderr\n");
            assertThat(result.succeeded()).isFalse();
            assertThat(marker).exists();
            assertThat(ssh.run("id -un").stdout().strip()).isEqualTo(sshd.user());
            assertThat(ssh.run("true").succeeded()).isTrue();
            assertThat(ssh.hostKey().source()).isEqualTo(HostKeySource.CONSOLE_OUTPUT);
            assertThat(ssh.hostKey().detail()).isEqualTo("the console output given for " + instance.instanceId());
            assertThat(ssh.instanceId()).contains(instance.instanceId());
        }
    }

    @Test
    void run_commandKilledBySignal_reportsTheSignalAsAShellWould() {
        try (SshSession ssh = recipes.connect(verifiedByConsole())) {
            CommandResult result = ssh.run("kill -TERM $$");

            assertThat(result.exitSignal()).isEqualTo("TERM");
            assertThat(result.exitStatus()).isEqualTo(128 + 15);
        }
    }

    @Test
    void run_outputBeyondTheCaptureLimit_isCutAndFlaggedWhileStreamingKeepsItAll() {
        try (SshSession ssh = recipes.connect(toSshd(
                s -> s.consoleOutput(sshd.consoleOutputAnnouncingHostKeys()).captureLimit(1000)))) {
            CommandResult cut = ssh.run("head -c 200000 /dev/zero | tr '\\0' x; echo err >&2");
            assertThat(cut.stdout()).hasSize(1000);
            assertThat(cut.stdoutTruncated()).isTrue();
            assertThat(cut.stderrTruncated()).isFalse();
            assertThat(cut.exitStatus()).isZero();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = ssh.run("head -c 200000 /dev/zero | tr '\\0' x; echo err >&2; exit 7", out, err);
            assertThat(status).isEqualTo(7);
            assertThat(out.size()).isEqualTo(200000);
            assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("err\n");
        }
    }

    @Test
    void run_commandOverItsTimeout_isCutOffAndTheSessionStaysUsable() {
        try (SshSession ssh =
                recipes.connect(verifiedByConsole().andThen(s -> s.commandTimeout(Duration.ofSeconds(1))))) {
            // sshd refuses signals in root sessions, and these tests may run as root: the command is
            // short enough to end by itself soon after the timeout.
            assertThatThrownBy(() -> ssh.run("sleep 4"))
                    .isInstanceOf(dev.awsrecipes.core.AwsRecipesException.class)
                    .hasMessage("command `sleep 4` on " + sshd.user() + "@127.0.0.1:" + sshd.port()
                            + " did not finish within PT1S; it was killed and its channel closed");

            assertThat(ssh.run("echo still-here").stdout()).isEqualTo("still-here\n");
        }
    }

    @Test
    void run_commandReadingStandardInput_seesEndOfFileAtOnce() {
        try (SshSession ssh = recipes.connect(verifiedByConsole())) {
            CommandResult result = ssh.run("wc -c");

            assertThat(result.stdout().strip()).isEqualTo("0");
        }
    }

    @Test
    void run_withStandardInput_theCommandReadsItThenItsEnd() {
        byte[] mebibyte = new byte[1 << 20];
        new Random(20).nextBytes(mebibyte);
        try (SshSession ssh = recipes.connect(verifiedByConsole())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = ssh.run(
                    "cat",
                    new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)),
                    out,
                    OutputStream.nullOutputStream());
            assertThat(status).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("x");

            // wc ends only once it has seen the end of its input: proof that the end was sent.
            CommandResult counted = ssh.run("wc -c", new ByteArrayInputStream(mebibyte));
            assertThat(counted.stdout().strip()).isEqualTo(String.valueOf(mebibyte.length));
        }
    }

    @Test
    void shell_onAPty_runsTypedCommandsAndReturnsTheShellsExitStatus() throws Exception {
        try (SshSession ssh = recipes.connect(verifiedByConsole());
                PipedOutputStream keyboard = new PipedOutputStream();
                PipedInputStream stdin = new PipedInputStream(keyboard)) {
            Screen screen = new Screen();
            keyboard.write("echo hi; exit 3\n".getBytes(StandardCharsets.UTF_8));
            keyboard.flush();

            int status = ssh.shell(PtyRequest.of("xterm"), stdin, screen, screen);

            assertThat(status).isEqualTo(3);
            // The terminal echoes the typed line too; only the command prints a line that is just "hi".
            assertThat(screen.text()).containsPattern("(?m)^hi\r?$");
        }
    }

    @Test
    void openShell_termAndSizeArePassedAndAResizeReachesTheRemoteTerminal() throws Exception {
        try (SshSession ssh = recipes.connect(verifiedByConsole());
                PipedOutputStream keyboard = new PipedOutputStream();
                PipedInputStream stdin = new PipedInputStream(keyboard)) {
            Screen screen = new Screen();
            try (RemoteShell shell = ssh.openShell(new PtyRequest("vt220", 120, 30), stdin, screen, screen)) {
                type(keyboard, "echo \"term=$TERM size=$(stty size)\"\n");
                screen.await("(?m)^term=vt220 size=30 120\\r?$");

                shell.resize(100, 40);
                type(keyboard, "echo \"size=$(stty size)\"; exit 0\n");

                assertThat(shell.waitFor()).isZero();
            }
            assertThat(screen.text()).containsPattern("(?m)^size=40 100\r?$");
        }
    }

    @Test
    void ptyRequest_badTermOrSize_isBadInput() {
        assertThatThrownBy(() -> new PtyRequest("x term", 80, 24))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("term \"x term\" is not a terminal type");
        assertThatThrownBy(() -> new PtyRequest("xterm", 0, 24))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("columns is 0; it must be between 1 and 10000");
    }

    @Test
    void download_withoutReplace_leavesAnExistingFileAsItWas(@TempDir Path dir) throws IOException {
        Path remote = Files.writeString(dir.resolve("remote.txt"), "new");
        Path local = Files.writeString(dir.resolve("local.txt"), "old");
        try (SshSession ssh = recipes.connect(verifiedByConsole())) {
            assertThatThrownBy(() -> ssh.download(remote.toString(), local, false))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("localFile " + local + " exists; give replace (--force) to replace it");
            assertThat(local).hasContent("old");

            Path fresh = dir.resolve("fresh.txt");
            assertThat(ssh.download(remote.toString(), fresh, false)).isEqualTo(3);
            assertThat(fresh).hasContent("new");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".part-"));
        }
    }

    private static void type(OutputStream keyboard, String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** What a terminal would show, readable while the shell still writes to it. */
    private static final class Screen extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        /** Waits (up to 20 s) until the screen shows a match of the pattern. */
        void await(String regex) throws InterruptedException {
            java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!pattern.matcher(text()).find()) {
                assertThat(System.nanoTime())
                        .as("waited for %s; the screen shows: %s", regex, text())
                        .isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    @Test
    void uploadAndDownload_fiftyMebibytes_arriveByteIdentical(@TempDir Path dir) throws IOException {
        Path original = dir.resolve("original.bin");
        writeRandom(original, 50L * 1024 * 1024);
        Path remote = dir.resolve("remote-copy.bin");
        Path back = dir.resolve("back.bin");

        try (SshSession ssh = recipes.connect(verifiedByConsole())) {
            assertThat(ssh.upload(original, remote.toString())).isEqualTo(50L * 1024 * 1024);
            // sshd runs on this machine: the uploaded file is checked where it landed, not through SSH.
            assertThat(Files.mismatch(original, remote)).isEqualTo(-1L);
            assertThat(ssh.run("sha256sum " + remote).stdout()).startsWith(sha256Hex(original));

            assertThat(ssh.download(remote.toString(), back)).isEqualTo(50L * 1024 * 1024);
        }
        assertThat(Files.mismatch(original, back)).isEqualTo(-1L);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".part-"));
        }
    }

    @Test
    void uploadAndDownload_missingFiles_failWithTheirPathAndLeaveNoPart(@TempDir Path dir) {
        try (SshSession ssh = recipes.connect(verifiedByConsole())) {
            assertThatThrownBy(() -> ssh.upload(
                            dir.resolve("absent.bin"), dir.resolve("x").toString()))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("localFile " + dir.resolve("absent.bin") + " is not a readable file");
            assertThatThrownBy(() -> ssh.download(dir.resolve("absent-remote").toString(), dir.resolve("local")))
                    .isInstanceOf(dev.awsrecipes.core.AwsRecipesException.class)
                    .hasMessageStartingWith("download of " + sshd.user() + "@127.0.0.1:" + sshd.port() + ":"
                            + dir.resolve("absent-remote") + " failed: ");
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void ssh_consoleFingerprintsOnly_acceptTheServersRealKey() {
        String fingerprintsOnly = Sshd.consoleOutputAnnouncing(sshd.fingerprintLines(), List.of());

        try (SshSession ssh = recipes.connect(toSshd(s -> s.consoleOutput(fingerprintsOnly)))) {
            assertThat(ssh.hostKey().source()).isEqualTo(HostKeySource.CONSOLE_OUTPUT);
            assertThat(sshd.fingerprintLines())
                    .anySatisfy(line -> assertThat(line).contains(ssh.hostKey().fingerprint()));
            assertThat(ssh.run("echo ok").stdout()).isEqualTo("ok\n");
        }
    }

    @Test
    void ssh_consoleAnnouncesOtherKeys_isRefusedWithBothFingerprintsAndNothingRuns() {
        // Another server's keys (those of SshHostKeysTest), in the shape cloud-init prints.
        String otherServer = Sshd.consoleOutputAnnouncing(
                List.of(
                        "256 SHA256:Mr4FLr5niqe2KZ8z0JEbiC3JGOgMbrL1wZOGZPX3s+8 root@ip-172-31-22-7 (ECDSA)",
                        "256 SHA256:ADYj822+or/yk73cv/3vaPs0HkiVvULXkwv+0D++TQM root@ip-172-31-22-7 (ED25519)",
                        "3072 SHA256:N8QHfywFYg5PyB9n/YlXZ/l6vzSKBm2JHBGiO3S+z2M root@ip-172-31-22-7 (RSA)"),
                List.of());
        long loginsBefore = sshd.acceptedLogins();

        assertThatThrownBy(() ->
                        recipes.connect(toSshd(s -> s.consoleOutput(otherServer).acceptUnknownHostKey(true))))
                .isInstanceOfSatisfying(HostKeyRejectedException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("\n").endsWith("refused, nothing was run");
                    String presented = e.presented().split(" ")[1];
                    assertThat(sshd.fingerprintLines())
                            .anySatisfy(line -> assertThat(line).contains(presented));
                    assertThat(e.getMessage())
                            .contains(presented)
                            .containsAnyOf(
                                    "SHA256:Mr4FLr5niqe2KZ8z0JEbiC3JGOgMbrL1wZOGZPX3s+8",
                                    "SHA256:ADYj822+or/yk73cv/3vaPs0HkiVvULXkwv+0D++TQM",
                                    "SHA256:N8QHfywFYg5PyB9n/YlXZ/l6vzSKBm2JHBGiO3S+z2M");
                });
        assertThat(sshd.acceptedLogins()).as(sshd.log()).isEqualTo(loginsBefore);
    }

    @Ec2ServerTest
    void ssh_knownHostsFileWithBracketedPortEntries_vouchesWhenTheConsoleHasNothing(Ec2Server server, @TempDir Path dir)
            throws IOException {
        Path knownHosts = Files.write(dir.resolve("known_hosts"), sshd.knownHostsLines());
        Launched on = on(server);

        // The server's console output of the instance is read and has no host-key blocks.
        try (SshSession ssh = on.recipes()
                .connect(toSshd(on.instance(), s -> s.knownHosts(knownHosts).hostKeyWait(Duration.ZERO)))) {
            assertThat(ssh.hostKey().source()).isEqualTo(HostKeySource.KNOWN_HOSTS);
            assertThat(ssh.hostKey().detail()).contains(knownHosts.toString(), "[127.0.0.1]:" + sshd.port());
            assertThat(ssh.run("echo ok").stdout()).isEqualTo("ok\n");
        }
    }

    @Ec2ServerTest
    void ssh_knownHostsWithAnotherKeyOfEachType_isRefused(Ec2Server server, @TempDir Path dir) throws IOException {
        List<String> otherKeys = new ArrayList<>();
        for (String pub : List.of("ssh_host_ecdsa_key.pub", "ssh_host_ed25519_key.pub", "ssh_host_rsa_key.pub")) {
            otherKeys.add("[127.0.0.1]:" + sshd.port() + " " + SshHostKeysTest.keyOf(pub));
        }
        Path knownHosts = Files.write(dir.resolve("known_hosts"), otherKeys);
        long loginsBefore = sshd.acceptedLogins();

        Launched on = on(server);

        assertThatThrownBy(() -> on.recipes().connect(toSshd(on.instance(), s -> s.knownHosts(knownHosts)
                        .hostKeyWait(Duration.ZERO))))
                .isInstanceOf(HostKeyRejectedException.class)
                .hasMessageContaining(knownHosts.toString());
        assertThat(sshd.acceptedLogins()).isEqualTo(loginsBefore);
    }

    @Ec2ServerTest
    void ssh_nothingVouches_isRefusedUnlessUnknownKeysAreAcceptedByName(Ec2Server server, @TempDir Path dir)
            throws IOException {
        Path emptyKnownHosts = Files.createFile(dir.resolve("known_hosts"));
        Launched on = on(server);
        Consumer<SshSpec.Builder> nothing =
                toSshd(on.instance(), s -> s.knownHosts(emptyKnownHosts).hostKeyWait(Duration.ZERO));

        assertThatThrownBy(() -> on.recipes().connect(nothing))
                .isInstanceOfSatisfying(HostKeyRejectedException.class, e -> assertThat(e.isMismatch())
                        .isFalse())
                .hasMessageContaining("the console output of " + on.instance().instanceId() + " shows no SSH host key");

        try (SshSession ssh = on.recipes().connect(nothing.andThen(s -> s.acceptUnknownHostKey(true)))) {
            assertThat(ssh.hostKey().source()).isEqualTo(HostKeySource.ACCEPTED_UNKNOWN);
            assertThat(ssh.run("echo ok").exitStatus()).isZero();
        }
    }

    @Ec2ServerTest
    void ssh_nothingVouchesYet_readsTheConsoleAgainForTheHostKeyWaitThenRefuses(Ec2Server server, @TempDir Path dir)
            throws IOException {
        Path emptyKnownHosts = Files.createFile(dir.resolve("known_hosts"));
        List<SshWaitProgress> progress = new ArrayList<>();
        Launched on = on(server);

        assertThatThrownBy(() -> on.recipes().connect(toSshd(on.instance(), s -> s.knownHosts(emptyKnownHosts)
                        .hostKeyWait(Duration.ofSeconds(1))
                        .listener(progress::add))))
                .isInstanceOf(HostKeyRejectedException.class)
                .hasMessageContaining("shows no SSH host key fingerprints (read for PT1S)");
        assertThat(progress)
                .filteredOn(p -> p.stage() == SshWaitProgress.Stage.HOST_KEYS_IN_CONSOLE)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.target()).isEqualTo(on.instance().instanceId()));
    }

    @Test
    void ssh_callerGivesTheHostKey_onlyThatCounts() {
        String ed25519 = sshd.hostKeys().stream()
                .filter(k -> k.startsWith("ssh-ed25519"))
                .findFirst()
                .orElseThrow();

        try (SshSession ssh = recipes.connect(toSshd(s -> s.trustedHostKey(ed25519)))) {
            assertThat(ssh.hostKey().source()).isEqualTo(HostKeySource.CALLER);
            assertThat(ssh.hostKey().keyType()).isEqualTo("ssh-ed25519");
        }
    }

    @Test
    void ssh_portWhereNothingAnswers_timesOutWithinTheBoundReportingProgress() {
        int silent = Sshd.freePort();
        List<SshWaitProgress> progress = new ArrayList<>();

        assertThatThrownBy(() -> recipes.connect(toSshd(s -> s.port(silent)
                        .waitTimeout(Duration.ofSeconds(3))
                        .consoleOutput(sshd.consoleOutputAnnouncingHostKeys())
                        .listener(progress::add))))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("SSH at 127.0.0.1:" + silent + " did not become reachable")
                .hasMessageContaining("PT3S");
        assertThat(progress).isNotEmpty().allSatisfy(p -> {
            assertThat(p.stage()).isEqualTo(SshWaitProgress.Stage.SSH_ANSWERS);
            assertThat(p.target()).isEqualTo("127.0.0.1:" + silent);
        });
    }

    @Test
    void ssh_badKeyFile_isBadInputBeforeAnyConnection(@TempDir Path dir) throws IOException {
        Path notAKey = Files.writeString(dir.resolve("x.pem"), "not a key\n");
        long loginsBefore = sshd.acceptedLogins();

        assertThatThrownBy(() -> recipes.connect(toSshd(s -> s.keyFile(notAKey))))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("keyFile " + notAKey + " is not an unencrypted private key");
        assertThatThrownBy(() -> recipes.connect(toSshd(s -> s.keyFile(dir.resolve("missing.pem")))))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("keyFile " + dir.resolve("missing.pem") + " is not a readable file");
        assertThat(sshd.acceptedLogins()).isEqualTo(loginsBefore);
    }

    @Test
    void ssh_wrongUser_failsToLogInWithAMessageNamingUserAndKey() {
        assertThatThrownBy(() -> recipes.connect(verifiedByConsole().andThen(s -> s.user("nobody-here"))))
                .hasMessageContaining(
                        "nobody-here@127.0.0.1:" + sshd.port() + " did not accept the key in " + instance.keyFile());
    }

    @Ec2ServerTest
    void launchAndConnect_keyFileThatExists_launchesWithItAndHandsBackALoggedInSession(
            Ec2Server server, @TempDir Path keyDir) throws Exception {
        Launched on = on(server);
        Ec2TestAccount account = on.account();
        // launchInstance imports the public half of a key file that exists: made and authorized first, so
        // the "instance" (the loopback sshd) lets its holder in as soon as the launch is done.
        Path key = writeOwnerOnlyRsaKey(keyDir.resolve("ssh-it-launch.pem"));
        sshd.authorize(SshPublicKey.read(key).toOpenSsh());
        LaunchSpec launch = LaunchSpec.builder()
                .ami(account.anyImageId())
                .keyName("ssh-it-launch")
                .keyDir(keyDir)
                .groupName("ssh-it")
                .sshPort(sshd.port())
                .waitTimeout(Duration.ofSeconds(60))
                .build();

        try (LaunchedSession launched = on.recipes().launchAndConnect(launch, s -> s.user(sshd.user())
                .host(sshd.host())
                .consoleOutput(sshd.consoleOutputAnnouncingHostKeys()))) {
            assertThat(launched.session().run("echo logged-in").stdout()).isEqualTo("logged-in\n");
            assertThat(launched.session().instanceId())
                    .contains(launched.instance().instanceId());
            assertThat(launched.session().port()).isEqualTo(sshd.port());
            assertThat(account.ec2()
                            .describeInstances(
                                    r -> r.instanceIds(launched.instance().instanceId()))
                            .reservations()
                            .get(0)
                            .instances()
                            .get(0)
                            .keyName())
                    .isEqualTo("ssh-it-launch");
        }
    }

    @Ec2ServerTest
    void launchAndConnect_loginFails_saysTheInstanceIsLeftRunning(Ec2Server server, @TempDir Path keyDir) {
        Launched on = on(server);
        Ec2TestAccount account = on.account();
        LaunchSpec launch = LaunchSpec.builder()
                .ami(account.anyImageId())
                .keyName("ssh-it-unreachable")
                .keyDir(keyDir)
                .groupName("ssh-it")
                .sshPort(Sshd.freePort())
                .waitTimeout(Duration.ofSeconds(60))
                .build();

        assertThatThrownBy(() -> on.recipes()
                        .launchAndConnect(launch, s -> s.host("127.0.0.1").waitTimeout(Duration.ofSeconds(2))))
                .isInstanceOfSatisfying(dev.awsrecipes.core.AwsRecipesException.class, e -> {
                    String id = e.getMessage().replaceAll("^instance (i-[0-9a-f]+) .*", "$1");
                    assertThat(e.getMessage())
                            .contains("was launched and is running, but logging in failed")
                            .contains("did not become reachable")
                            .contains("it is still running");
                    assertThat(account.ec2()
                                    .describeInstances(r -> r.instanceIds(id))
                                    .reservations()
                                    .get(0)
                                    .instances()
                                    .get(0)
                                    .state()
                                    .nameAsString())
                            .isEqualTo("running");
                });
    }

    @Ec2ServerTest
    void launchAndConnect_badSshOption_isRefusedBeforeAnythingIsLaunched(Ec2Server server, @TempDir Path keyDir) {
        Launched on = on(server);
        Ec2TestAccount account = on.account();
        long before = account.instances(account.aws.region()).size();
        LaunchSpec launch = LaunchSpec.builder()
                .ami(account.anyImageId())
                .keyName("ssh-it-never")
                .keyDir(keyDir)
                .build();

        assertThatThrownBy(() -> on.recipes().launchAndConnect(launch, s -> s.user("no spaces allowed")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("user");
        assertThat(account.instances(account.aws.region())).hasSize((int) before);
    }

    @Ec2ServerTest
    void ssh_ed25519KeypairCreatedByLaunchInstance_logsIn(Ec2Server server, @TempDir Path keyDir) {
        Launched on = on(server);
        Ec2TestAccount account = on.account();
        LaunchedInstance ed = on.ec2().launchInstance(l -> l.ami(account.anyImageId())
                .keyName("ssh-it-ed25519")
                .keyType("ed25519")
                .keyDir(keyDir)
                .groupName("ssh-it")
                .waitTimeout(Duration.ofSeconds(60)));
        sshd.authorize(SshPublicKey.read(ed.keyFile()).toOpenSsh());

        try (SshSession ssh = on.recipes().connect(verifiedByConsole().andThen(s -> s.instanceId(ed.instanceId())
                .keyFile(ed.keyFile())))) {
            assertThat(ssh.run("echo ed25519").stdout()).isEqualTo("ed25519\n");
        }
    }

    private static Path writeOwnerOnlyRsaKey(Path file) throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END PRIVATE KEY-----\n";
        Files.createFile(
                file,
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        return Files.writeString(file, pem);
    }

    private static void writeRandom(Path file, long size) throws IOException {
        Random random = new Random(15);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
        }
    }

    private static String sha256Hex(Path file) throws IOException {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
