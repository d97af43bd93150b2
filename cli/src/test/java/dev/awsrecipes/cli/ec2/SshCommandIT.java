package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.ec2.SshPublicKey;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import dev.awsrecipes.testing.Sshd;
import dev.awsrecipes.testing.SshdExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws-recipes ssh} and {@code launch-instance --run} against a real OpenSSH sshd on loopback,
 * with the keypair {@code launch-instance} made in LocalStack. LocalStack's console output has no
 * host-key blocks, so the host key is vouched for by a known_hosts file (or a key given), and the
 * address is always given with {@code --host} and {@code --port}.
 */
@ExtendWith({LocalStackExtension.class, SshdExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SshCommandIT {
    private LaunchCli cli;
    private Sshd sshd;
    private SshdLogin login;

    @BeforeAll
    void launch(LocalStack localStack, Sshd sshd, @TempDir Path dir) throws IOException {
        this.sshd = sshd;
        cli = new LaunchCli(localStack);
        login = SshdLogin.launch(cli, "ssh-cli", sshd, dir);
    }

    @AfterAll
    void cleanUp() {
        if (cli != null) {
            cli.close();
        }
    }

    /** {@code ssh} to the loopback sshd as the launched instance, the host key vouched for by known_hosts. */
    private CliResult ssh(String... commandAndOptions) {
        List<String> args = new ArrayList<>(List.of("ssh"));
        args.addAll(login.reach());
        args.addAll(List.of(commandAndOptions));
        return run(args.toArray(String[]::new));
    }

    /** {@code command} with the login options, then {@code more}. */
    private CliResult withLogin(String command, String... more) {
        return run(withLoginArgs(command, more));
    }

    /**
     * The command line as the test's account, with {@code --endpoint-url} right after the subcommand:
     * after {@code --} it would be part of the remote command.
     */
    private CliResult run(String... args) {
        return runWithInput(InputStream.nullInputStream(), args);
    }

    /** The same, with this standard input, as a pipe gives it. */
    private CliResult runWithInput(InputStream stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of("--endpoint-url", cli.localStack.endpoint().toString()));
        return CliRun.withInput(
                Environment.of(CliRun.environment(cli.localStack, cli.accountId)), stdin, all.toArray(String[]::new));
    }

    @Test
    void ssh_pipedStdin_reachesTheRemoteCommandAndItsEndToo() {
        CliResult cat = runWithInput(
                new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)), withLoginArgs("ssh", "--", "cat"));

        assertThat(cat.exitCode()).as(cat.err()).isZero();
        assertThat(cat.out()).isEqualTo("x");

        CliResult json = runWithInput(
                new ByteArrayInputStream("one\ntwo\n".getBytes(StandardCharsets.UTF_8)),
                withLoginArgs("ssh", "--json", "--", "wc", "-l"));
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.json().get("stdout").asText().strip()).isEqualTo("2");
    }

    @Test
    void ssh_noCommandAndNoTerminal_exit2WithOneLineSayingHowToRunACommand() {
        long loginsBefore = sshd.acceptedLogins();

        CliResult result = withLogin("ssh");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("ssh: no COMMAND given and stdin is not a terminal")
                .endsWith("run a command instead: aws-recipes ssh --instance-id " + login.instanceId() + " --key-file "
                        + login.keyFile() + " -- COMMAND"));
        assertThat(result.out()).isEmpty();
        assertThat(sshd.acceptedLogins()).isEqualTo(loginsBefore);
    }

    @Test
    void sshPutThenSshGet_threeMebibytes_comeBackIdentical(@TempDir Path dir) throws Exception {
        Path original = dir.resolve("original.bin");
        byte[] bytes = new byte[3 * 1024 * 1024];
        new java.util.Random(20).nextBytes(bytes);
        Files.write(original, bytes);
        Path remote = dir.resolve("on-the-instance.bin");
        Path back = dir.resolve("back.bin");

        CliResult put = withLogin("ssh-put", original.toString(), remote.toString());
        assertThat(put.exitCode()).as(put.err()).isZero();
        assertThat(put.out())
                .isEqualTo("copied " + bytes.length + " bytes from " + original + " to 127.0.0.1:" + remote + "\n");

        CliResult get = withLogin("ssh-get", "--json", remote.toString(), back.toString());
        assertThat(get.exitCode()).as(get.err()).isZero();
        assertThat(get.json().get("bytes").asLong()).isEqualTo(bytes.length);
        assertThat(get.json().get("local").asText()).isEqualTo(back.toString());
        assertThat(sha256(back)).isEqualTo(sha256(original));

        // Again into an existing file: refused before connecting, the file untouched, until --force.
        Files.writeString(back, "mine");
        CliResult refused = withLogin("ssh-get", remote.toString(), back.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errLines()).singleElement().satisfies(l -> assertThat(l)
                .isEqualTo("ssh-get: LOCAL " + back + " exists; give --force to replace it"));
        assertThat(back).hasContent("mine");

        CliResult forced = withLogin("ssh-get", "--force", remote.toString(), back.toString());
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(sha256(back)).isEqualTo(sha256(original));

        // A directory as LOCAL receives the file under its remote name.
        Path into = Files.createDirectory(dir.resolve("into"));
        CliResult intoDir = withLogin("ssh-get", remote.toString(), into.toString());
        assertThat(intoDir.exitCode()).as(intoDir.err()).isZero();
        assertThat(sha256(into.resolve("on-the-instance.bin"))).isEqualTo(sha256(original));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".part-"));
        }
    }

    @Test
    void sshPut_localFileMissing_exit2BeforeConnecting(@TempDir Path dir) {
        long loginsBefore = sshd.acceptedLogins();
        Path missing = dir.resolve("missing.bin");

        CliResult result = withLogin("ssh-put", missing.toString(), "/tmp/x");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().satisfies(l -> assertThat(l)
                .isEqualTo("ssh-put: LOCAL " + missing + " is not a readable file"));
        assertThat(sshd.acceptedLogins()).isEqualTo(loginsBefore);
    }

    @Test
    void launchInstance_sshWithoutATerminal_exit2AndLaunchesNothing(@TempDir Path dir) {
        int before = cli.instances().size();

        CliResult result = launchNever(dir, "--ssh");
        CliResult both = launchNever(dir, "--ssh", "--run", "true");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().satisfies(l -> assertThat(l)
                .isEqualTo("launch-instance: --ssh needs a terminal on stdin to open a shell; run a command with"
                        + " --run COMMAND instead"));
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.errLines()).singleElement().satisfies(l -> assertThat(l)
                .contains("--ssh and --run cannot both be given"));
        assertThat(cli.instances()).hasSize(before);
    }

    /** {@code launch-instance} with the keypair "never" kept in {@code keyDir}, then {@code more}. */
    private CliResult launchNever(Path keyDir, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "launch-instance", "--ami", "ami-1e749f67", "--key-name", "never", "--key-dir", keyDir.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private String[] withLoginArgs(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(login.options(more)));
        return args.toArray(String[]::new);
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void ssh_shDashCExit3_exitsThreeAndPrintsTheCommandsOutput() {
        CliResult result =
                ssh("--known-hosts", login.knownHosts().toString(), "--", "sh", "-c", "echo out; echo err >&2; exit 3");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(result.out()).isEqualTo("out\n");
        assertThat(result.err()).isEqualTo("err\n");
    }

    @Test
    void ssh_oneWord_isACommandLineForTheRemoteShell(@TempDir Path dir) {
        Path marker = dir.resolve("made by ssh");

        CliResult result =
                ssh("--known-hosts", login.knownHosts().toString(), "--", "echo a; echo b; touch '" + marker + "'");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("a\nb\n");
        assertThat(marker).exists();
    }

    @Test
    void ssh_json_printsStatusOutputAndTheVerifiedHostKey() {
        CliResult result =
                ssh("--known-hosts", login.knownHosts().toString(), "--json", "--", "sh", "-c", "echo hi; exit 5");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(5);
        JsonNode json = result.json();
        assertThat(json.get("exitStatus").asInt()).isEqualTo(5);
        assertThat(json.get("stdout").asText()).isEqualTo("hi\n");
        assertThat(json.get("instanceId").asText()).isEqualTo(login.instanceId());
        assertThat(json.get("hostKey").get("source").asText()).isEqualTo("KNOWN_HOSTS");
        assertThat(sshd.fingerprintLines()).anySatisfy(l -> assertThat(l)
                .contains(json.get("hostKey").get("fingerprint").asText()));
    }

    @Test
    void ssh_knownHostsListsOtherKeys_oneLineWithBothFingerprintsExit1AndNothingRuns(@TempDir Path dir)
            throws Exception {
        Path wrong = Files.write(
                dir.resolve("known_hosts"),
                List.of(
                        "[127.0.0.1]:" + sshd.port() + " " + otherEd25519(),
                        "[127.0.0.1]:" + sshd.port() + " " + otherRsa()));
        Path marker = dir.resolve("must-not-exist");
        long loginsBefore = sshd.acceptedLogins();

        CliResult result = ssh("--known-hosts", wrong.toString(), "--", "touch", marker.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("ssh: host key of 127.0.0.1:" + sshd.port() + " is ")
                .contains(" but " + wrong + " ([127.0.0.1]:" + sshd.port() + ") lists ")
                .containsPattern("is (ED25519|RSA) SHA256:\\S+ but .* lists (ED25519|RSA) SHA256:")
                .endsWith("refused, nothing was run"));
        assertThat(result.out()).isEmpty();
        assertThat(marker).doesNotExist();
        assertThat(sshd.acceptedLogins()).isEqualTo(loginsBefore);
    }

    @Test
    void ssh_nothingVouches_refusedUntilTheUnknownKeyIsAcceptedByName(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("known_hosts"));

        CliResult refused = ssh("--known-hosts", empty.toString(), "--", "true");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).singleElement().satisfies(line -> assertThat(line)
                .contains("vouched for by nothing")
                .contains("the console output of " + login.instanceId() + " shows no SSH host key fingerprints"));

        CliResult accepted = ssh("--known-hosts", empty.toString(), "--accept-unknown-host-key", "--", "echo", "in");
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.out()).isEqualTo("in\n");
    }

    @Test
    void ssh_hostKeyGiven_isTrusted() {
        CliResult result = ssh("--host-key", sshd.hostKeys().get(1), "--", "echo", "given");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("given\n");
    }

    @Test
    void ssh_portWhereNothingAnswers_oneLineAfterTheWaitExit1() {
        int silent = Sshd.freePort();

        CliResult result = run(
                "ssh",
                "--instance-id",
                login.instanceId(),
                "--key-file",
                login.keyFile().toString(),
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(silent),
                "--wait-timeout",
                "2s",
                "--",
                "true");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("ssh: SSH at 127.0.0.1:" + silent + " did not become reachable"));
    }

    @Test
    void ssh_badInput_exit2WithOneLineNamingTheOptionAndTheRule(@TempDir Path dir) {
        String key = login.keyFile().toString();
        Path missing = dir.resolve("missing");
        Map<List<String>, String> cases = new java.util.LinkedHashMap<>();
        cases.put(
                List.of("--instance-id", login.instanceId(), "--key-file", missing.toString()),
                "--key-file: keyFile " + missing + " is not a readable file");
        cases.put(
                List.of("--instance-id", login.instanceId(), "--key-file", key, "--known-hosts", missing.toString()),
                "--known-hosts: knownHosts " + missing + " is not a readable file");
        cases.put(
                List.of("--instance-id", login.instanceId(), "--key-file", key, "--host-key", "not-a-key"),
                "--host-key: trustedHostKey \"not-a-key\" is neither an OpenSSH public key");
        cases.put(
                List.of("--instance-id", login.instanceId(), "--key-file", key, "--address", "elsewhere"),
                "--address \"elsewhere\" must be public-dns, public-ip or private-ip");
        cases.put(
                List.of("--instance-id", login.instanceId(), "--key-file", key, "--port", "70000"),
                "port is 70000; it must be between 1 and 65535");
        cases.put(
                List.of("--instance-id", login.instanceId(), "--key-file", key, "--user", "bad user"),
                "user \"bad user\" is not a login name");
        cases.put(
                List.of("--instance-id", "vol-1", "--key-file", key),
                "--instance-id: instanceId \"vol-1\" is not an instance id");
        cases.put(
                List.of(
                        "--instance-id",
                        login.instanceId(),
                        "--key-file",
                        key,
                        "--host",
                        "h",
                        "--address",
                        "public-ip"),
                "address cannot be chosen when a host is given");
        cases.forEach((options, message) -> {
            List<String> args = new ArrayList<>(List.of("ssh"));
            args.addAll(options);
            args.addAll(List.of("--", "true"));

            CliResult result = run(args.toArray(String[]::new));

            assertThat(result.exitCode()).as(args + ": " + result.err()).isEqualTo(2);
            assertThat(result.errLines()).as(args.toString()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("ssh: ")
                    .contains(message));
        });
        CliResult noCommand = run("ssh", "--instance-id", login.instanceId(), "--key-file", key);
        assertThat(noCommand.exitCode()).isEqualTo(2);
        assertThat(noCommand.errLines()).singleElement().satisfies(l -> assertThat(l)
                .contains("COMMAND"));
        CliResult jsonShell = run("ssh", "--instance-id", login.instanceId(), "--key-file", key, "--json");
        assertThat(jsonShell.exitCode()).isEqualTo(2);
        assertThat(jsonShell.errLines()).singleElement().satisfies(l -> assertThat(l)
                .isEqualTo("ssh: --json needs a COMMAND: an interactive shell has no result to print"));
    }

    @Test
    void launchInstance_runWithBadSshOptions_exit2AndLaunchesNothing(@TempDir Path dir) {
        int before = cli.instances().size();
        List<String[]> cases = List.of(
                new String[] {"--user", "bad user"},
                new String[] {"--known-hosts", dir.resolve("missing").toString()},
                new String[] {"--host-key", "nope"},
                new String[] {"--host-key-wait", "-5s"});
        List<String> expected = List.of(
                "user \"bad user\" is not a login name",
                "--known-hosts: knownHosts " + dir.resolve("missing") + " is not a readable file",
                "--host-key: trustedHostKey \"nope\"",
                "host-key-wait");
        for (int i = 0; i < cases.size(); i++) {
            List<String> args = new ArrayList<>(List.of(
                    "launch-instance",
                    "--ami",
                    "ami-1e749f67",
                    "--key-name",
                    "never",
                    "--key-dir",
                    dir.toString(),
                    "--run",
                    "true"));
            args.addAll(List.of(cases.get(i)));

            CliResult result = run(args.toArray(String[]::new));

            assertThat(result.exitCode()).as(args + ": " + result.err()).isEqualTo(2);
            assertThat(result.errLines()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("launch-instance: "));
            assertThat(result.err()).contains(expected.get(i));
        }
        assertThat(cli.instances()).hasSize(before);
    }

    @Test
    void help_listsTheOptionsAndExits0() {
        CliResult help = CliRun.withEnvironment(Environment.of(Map.of()), "ssh", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains("--instance-id", "--key-file", "--user", "--host", "--port", "--known-hosts")
                .contains("--accept-unknown-host-key", "COMMAND", "login shell");
        for (String command : List.of("ssh-put", "ssh-get")) {
            CliResult copy = CliRun.withEnvironment(Environment.of(Map.of()), command, "--help");
            assertThat(copy.exitCode()).isZero();
            assertThat(copy.out())
                    .contains("--instance-id", "--key-file", "--user", "--host", "--port", "--known-hosts")
                    .contains("--accept-unknown-host-key", "LOCAL", "REMOTE")
                    .contains("Example:%n  aws-recipes %s --instance-id i-".formatted(command));
        }
        assertThat(CliRun.withEnvironment(Environment.of(Map.of()), "ssh-get", "--help")
                        .out())
                .contains("--force");
    }

    @Test
    void launchInstance_run_launchesThenRunsTheCommandOnceSshAnswers(@TempDir Path dir) throws Exception {
        // launch-instance imports the public half of a key file that exists: made here and authorized first,
        // so the freshly launched "instance" (the loopback sshd) already lets its holder in.
        Path keyDir = Files.createDirectory(dir.resolve("keys"));
        Path key = writeOwnerOnlyRsaKey(keyDir.resolve("run-key.pem"));
        sshd.authorize(SshPublicKey.read(key).toOpenSsh());
        Path marker = dir.resolve("ran-on-launch");

        CliResult result = cli.run(
                "launch-instance",
                "--ami",
                "ami-1e749f67",
                "--key-name",
                "run-key",
                "--key-dir",
                keyDir.toString(),
                "--group",
                "ssh-cli-run",
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
                "--run",
                "echo launched; touch " + marker + "; exit 4");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
        assertThat(result.out()).containsPattern("(?s)instance i-[0-9a-f]+ is running.*launched\n");
        assertThat(marker).exists();
        String launchedId = result.out().replaceAll("(?s).*instance (i-[0-9a-f]+) is running.*", "$1");
        assertThat(cli.ec2()
                        .describeInstances(r -> r.instanceIds(launchedId))
                        .reservations()
                        .get(0)
                        .instances()
                        .get(0)
                        .keyName())
                .isEqualTo("run-key");
    }

    private static String otherEd25519() throws GeneralSecurityException {
        return SshPublicKey.of(
                        KeyPairGenerator.getInstance("Ed25519")
                                .generateKeyPair()
                                .getPublic(),
                        "")
                .toOpenSsh();
    }

    private static String otherRsa() throws GeneralSecurityException {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        return SshPublicKey.of(rsa.generateKeyPair().getPublic(), "").toOpenSsh();
    }

    private static Path writeOwnerOnlyRsaKey(Path file) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END PRIVATE KEY-----\n";
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return Files.writeString(file, pem);
    }
}
