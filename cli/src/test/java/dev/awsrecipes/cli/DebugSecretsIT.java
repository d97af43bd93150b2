package dev.awsrecipes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.ec2.SshdLogin;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsService;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import dev.awsrecipes.testing.Sshd;
import dev.awsrecipes.testing.SshdExtension;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * {@code --debug} on every subcommand, each a valid run against LocalStack, with a session token in the
 * environment: the output (stdout, stderr and the log, which goes to stderr) shows the wire log but no
 * token, no {@code Authorization} value, no {@code Credential=}, no signature — and no secret key a
 * command itself made. {@code expiring-url}'s stdout is left out: a presigned URL carries its signature
 * by design, it is the command's product. {@code user-data} (it only builds the bytes) and {@code
 * expiring-url} (it presigns locally) make no call to AWS, so they are checked for secrets but not for
 * wire lines. {@code enable-monitoring} and {@code easy-alarm} call MonitorInstances, which LocalStack
 * does not implement: they may fail with that one error, and their output is checked all the same.
 *
 * <p>The in-process run sees the log because the failsafe configuration sets the recipes' loggers to
 * DEBUG, as {@code AwsRecipesCli.main} does for {@code --debug}; the log is captured from System.err.
 */
@ExtendWith({LocalStackExtension.class, SshdExtension.class})
class DebugSecretsIT {
    /** Recognizable, and nothing else in a run could print it by chance. */
    private static final String TOKEN = "IQoJDebugSecretsSessionToken7Zq3XvW9kLmN4pR2sT6uY8aB";

    private static final String AMI = "ami-1e749f67";
    /** user-data only builds bytes; expiring-url presigns locally (no request to AWS). */
    private static final Set<String> WITHOUT_AWS_CALLS = Set.of("user-data", "expiring-url");
    /** LocalStack lacks MonitorInstances (501 "not yet implemented"), which these two call. */
    private static final Set<String> NEED_MONITOR_INSTANCES = Set.of("enable-monitoring", "easy-alarm");

    private static final Set<String> STDOUT_IS_A_PRESIGNED_URL = Set.of("expiring-url");
    private static final Pattern UNMASKED = Pattern.compile(
            "(Authorization: |Signature=|X-Amz-Signature=|Credential=|X-Amz-Credential=|X-Amz-Security-Token[:=] ?)"
                    + "(?!\\*\\*\\*\\*)\\S");

    private static final AwsService<SnsClient> SNS = AwsService.of("sns", SnsClient.class, SnsClient::builder);
    private static final AwsService<CloudWatchClient> CLOUDWATCH =
            AwsService.of("cloudwatch", CloudWatchClient.class, CloudWatchClient::builder);
    private static final AwsService<IamClient> IAM = AwsService.of("iam", IamClient.class, IamClient::builder);

    @TempDir
    Path dir;

    private LocalStack localStack;
    private String account;
    private final Map<String, Integer> runs = new LinkedHashMap<>();
    private final List<String> secrets = new ArrayList<>(List.of(TOKEN));
    private SoftAssertions softly;

    /** What one command line printed. */
    record Run(int status, String out, String err, String log) {
        JsonNode json() throws IOException {
            return Json.mapper().readTree(out);
        }
    }

    @Test
    void debug_onEverySubcommand_showsTheWireButNoTokenSignatureOrSecretKey(LocalStack localStack, Sshd sshd)
            throws Exception {
        this.localStack = localStack;
        this.account = LocalStack.newAccountId();
        this.softly = new SoftAssertions();
        String bucket = LocalStack.uniqueName("debug-secrets");
        String site = LocalStack.uniqueName("debug-site");
        Path file = Files.writeString(dir.resolve("hello.txt"), "#!/bin/sh\necho hello\n");
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(tree.resolve("index.html"), "<h1>hi</h1>");
        Path publicKey = Files.writeString(dir.resolve("id.pub"), openSshRsaKey());
        Path keyDir = Files.createDirectories(dir.resolve("keys"));
        Path userCredentials = dir.resolve("restricted-credentials");
        try {
            // ---- the session ----
            debug("whoami");

            // ---- S3 ----
            debug("create-bucket", "--bucket", bucket);
            debug("put-object", "--bucket", bucket, "--key", "k", "--text", "hello");
            debug("get-object", "--bucket", bucket, "--key", "k");
            debug(
                    "download",
                    "--bucket",
                    bucket,
                    "--key",
                    "k",
                    dir.resolve("downloaded.txt").toString());
            debug("object-info", "--bucket", bucket, "--key", "k");
            debug("bucket-du", "--bucket", bucket);
            debug("copy-object", "--source-bucket", bucket, "--source-key", "k", "--key", "k2");
            debug("set-metadata", "--bucket", bucket, "--key", "k", "--metadata", "team=ops");
            debug("storage-class", "--bucket", bucket, "--key", "k2", "--class", "STANDARD_IA");
            debug("access-logging", "--bucket", bucket);
            debug("expiring-url", "--bucket", bucket, "--key", "k", "--expires", "5m");
            debug("versioning", "--bucket", bucket);
            debug("list-versions", "--bucket", bucket);
            debug(
                    "upload",
                    "--bucket",
                    bucket,
                    "--key",
                    "up.txt",
                    file.toString(),
                    "--state-dir",
                    dir.resolve("state").toString());
            debug(
                    "download",
                    "--bucket",
                    bucket,
                    "--key",
                    "up.txt",
                    dir.resolve("down.txt").toString());
            debug("upload-tree", "--bucket", bucket, "--prefix", "tree/", tree.toString());
            debug("stale-uploads", "--bucket", bucket);
            debug("website", "--bucket", site, "--dir", tree.toString());
            // ---- S3 the way operators use it (S16) ----
            String s3 = "s3://" + bucket + "/";
            debug("ls", s3 + "tree/");
            debug("cp", "--recursive", tree.toString(), s3 + "copied/");
            debug("sync", tree.toString(), s3 + "synced/", "--delete");
            debug("mv", s3 + "copied/index.html", dir.resolve("moved.html").toString());
            debug("rm", "--recursive", s3 + "synced/");
            Path commands = Files.writeString(dir.resolve("commands.txt"), "object-info " + s3 + "k\n");
            debug("run", commands.toString());
            debug("delete-bucket", "--bucket", site);
            debug("delete-bucket", "--bucket", bucket);

            // ---- EC2 ----
            debug("import-keypair", "--key-name", "imported", "--public-key", publicKey.toString());
            debug(
                    "sync-keypairs",
                    "--key-name",
                    "synced",
                    "--public-key",
                    publicKey.toString(),
                    "--regions",
                    "us-east-1");
            String instance = debug("launch-instance", "--ami", AMI, "--key-dir", keyDir.toString(), "--json")
                    .json()
                    .get("instanceId")
                    .asText();
            debug("add-tags", "--resource-id", instance, "--tag", "team=debug");
            debug("find-by-tag", "--tag", "team=debug");
            debug("console-output", "--instance-id", instance);
            // E15 logs in to the loopback sshd (LocalStack's instance is no machine); reading the
            // instance's console output for host keys is its call to AWS.
            SshdLogin login = SshdLogin.authorize(sshd, instance, keyDir.resolve("aws-recipes.pem"), dir);
            debug("ssh", login.options("--", "true"));
            Path copied = Files.writeString(dir.resolve("ssh-copy.txt"), "copied over SFTP");
            debug(
                    "ssh-put",
                    login.options(
                            copied.toString(),
                            dir.resolve("ssh-copy-remote.txt").toString()));
            debug(
                    "ssh-get",
                    login.options(
                            dir.resolve("ssh-copy-remote.txt").toString(),
                            dir.resolve("ssh-copy-back.txt").toString()));
            debug("open-port", "--group", "aws-recipes-ssh", "--port", "8080", "--cidr", "10.0.0.0/8");
            debug("find-running", "--regions", "us-east-1");
            String volume = debug(
                            "create-volume", "--instance-id", instance, "--size", "1", "--device", "/dev/sdf", "--json")
                    .json()
                    .get("volumeId")
                    .asText();
            debug("snapshot-volumes", "--instance-id", instance);
            debug("restore-volume", "--volume-id", volume);
            String clone = debug("clone-instance", "--instance-id", instance, "--json")
                    .json()
                    .get("instanceId")
                    .asText();
            String allocation = debug("elastic-ip", "allocate", "--json")
                    .json()
                    .get("allocationId")
                    .asText();
            debug("elastic-ip", "associate", "--allocation-id", allocation, "--instance-id", instance);
            debug("elastic-ip", "disassociate", "--allocation-id", allocation);
            debug("elastic-ip", "release", "--allocation-id", allocation);
            debug("stop-instances", "--instance-ids", clone);
            debug("start-instances", "--instance-ids", clone);
            debug("user-data", "--script", file.toString());

            // ---- monitoring ----
            debug("enable-monitoring", "--instance-id", instance);
            debug("metrics", "--instance-id", instance);
            String topic = debug("create-topic", "--name", "debug-topic", "--json")
                    .json()
                    .get("arn")
                    .asText();
            debug("subscribe", "--topic-arn", topic, "--endpoint", "ops@example.com");
            debug("list-subscriptions", "--topic-arn", topic);
            debug(
                    "create-alarm",
                    "--alarm-name",
                    "debug-cpu",
                    "--metric",
                    "CPUUtilization",
                    "--instance-id",
                    instance,
                    "--comparison",
                    ">",
                    "--threshold",
                    "80");
            debug("set-alarm-state", "--alarm-name", "debug-cpu", "--state", "OK");
            debug("alarm-history", "--alarm-name", "debug-cpu");
            debug("alarm-actions", "--alarm-name", "debug-cpu", "--disable");
            debug(
                    "easy-alarm",
                    "--instance-id",
                    instance,
                    "--alarm-name",
                    "debug-easy",
                    "--email",
                    "ops@example.com",
                    "--metric",
                    "CPUUtilization",
                    "--comparison",
                    ">=",
                    "--threshold",
                    "90",
                    "--period",
                    "300",
                    "--evaluation-periods",
                    "2",
                    "--statistic",
                    "Average");
            debug("put-metric", "--namespace", "DebugSecrets", "--metric", "m", "--value", "1,2");
            debug("status-check-alarms", "--instance-id", instance);
            debug("publish-disk-usage", "--instance-id", instance, "--path", dir.toString());
            debug("restricted-user", "--user-name", "debug-user", "--credentials-file", userCredentials.toString());

            debug("terminate-instances", "--instance-ids", instance + "," + clone);
        } finally {
            cleanUp();
        }
        Set<String> subcommands = new TreeSet<>(AwsRecipesCli.commandLine(Environment.of(Map.of()))
                .getSubcommands()
                .keySet());
        // The two that never talk to AWS have no wire to show.
        subcommands.removeAll(Set.of("completion", "help"));
        softly.assertThat(runs.keySet())
                .as("subcommands run with --debug: %s", runs)
                .containsExactlyInAnyOrderElementsOf(subcommands);
        softly.assertAll();
    }

    /** Runs one command line with --debug as the account with a session token, and checks its output. */
    private Run debug(String command, String... args) throws IOException {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(List.of(args));
        // Before a "--" (ssh's remote command follows it), else at the end.
        int end = all.contains("--") ? all.indexOf("--") : all.size();
        all.addAll(
                end, List.of("--debug", "--endpoint-url", localStack.endpoint().toString()));
        CliRun.LoggedRun logged = CliRun.capturingLog(
                Environment.of(Map.of(
                        "AWS_ACCESS_KEY_ID",
                        account,
                        "AWS_SECRET_ACCESS_KEY",
                        LocalStack.SECRET_KEY,
                        "AWS_SESSION_TOKEN",
                        TOKEN,
                        "AWS_REGION",
                        "us-east-1",
                        "AWS_CONFIG_FILE",
                        dir.resolve("no-config").toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                        dir.resolve("no-credentials").toString())),
                all.toArray(String[]::new));
        int status = logged.result().exitCode();
        Run run = new Run(status, logged.result().out(), logged.result().err(), logged.log());
        runs.merge(command, 1, Integer::sum);
        if (command.equals("restricted-user") && status == 0) {
            secrets.add(secretKeyIn(Path.of(args[args.length - 1])));
        }
        String shown = command + " " + String.join(" ", args);
        String checked =
                (STDOUT_IS_A_PRESIGNED_URL.contains(command) ? "" : run.out()) + "\n" + run.err() + "\n" + run.log();
        if (NEED_MONITOR_INSTANCES.contains(command) && status != 0) {
            softly.assertThat(run.err())
                    .as("%s: only LocalStack's gap may fail it", shown)
                    .contains("not yet implemented");
        } else {
            softly.assertThat(status)
                    .as("%s: exit status; stderr %s\nlog tail %s", shown, run.err(), tail(run.log()))
                    .isZero();
        }
        if (!WITHOUT_AWS_CALLS.contains(command)) {
            softly.assertThat(checked)
                    .as("%s: wire lines", shown)
                    .contains("--> ")
                    .contains("<-- ");
        }
        for (String secret : secrets) {
            softly.assertThat(checked).as("%s: a secret in the output", shown).doesNotContain(secret);
        }
        Matcher unmasked = UNMASKED.matcher(checked);
        softly.assertThat(unmasked.find() ? around(checked, unmasked.start()) : "")
                .as("%s: an unmasked signing value", shown)
                .isEmpty();
        return run;
    }

    /** The secret key that restricted-user wrote to its owner-only file. */
    private static String secretKeyIn(Path credentials) throws IOException {
        return Files.readAllLines(credentials).stream()
                .filter(l -> l.startsWith("aws_secret_access_key"))
                .map(l -> l.substring(l.indexOf('=') + 1).trim())
                .findFirst()
                .orElseThrow();
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80));
    }

    private static String tail(String log) {
        return log.length() < 2000 ? log : log.substring(log.length() - 2000);
    }

    /** An OpenSSH RSA public key, made here so the test needs no ssh-keygen. */
    private static String openSshRsaKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(blob);
        for (byte[] field : List.of(
                "ssh-rsa".getBytes(StandardCharsets.US_ASCII),
                key.getPublicExponent().toByteArray(),
                key.getModulus().toByteArray())) {
            data.writeInt(field.length);
            data.write(field);
        }
        return "ssh-rsa " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " debug@aws-recipes\n";
    }

    /** What the commands made and did not delete themselves; the account is a fresh one either way. */
    private void cleanUp() {
        try (Aws aws = localStack.sessionForAccount(account)) {
            CloudWatchClient cloudWatch = aws.client(CLOUDWATCH);
            List<String> alarms = cloudWatch.describeAlarms().metricAlarms().stream()
                    .map(a -> a.alarmName())
                    .toList();
            if (!alarms.isEmpty()) {
                cloudWatch.deleteAlarms(r -> r.alarmNames(alarms));
            }
            SnsClient sns = aws.client(SNS);
            sns.listTopics().topics().forEach(t -> sns.deleteTopic(r -> r.topicArn(t.topicArn())));
            IamClient iam = aws.client(IAM);
            iam.listUsers().users().forEach(u -> {
                iam.listAccessKeys(r -> r.userName(u.userName()))
                        .accessKeyMetadata()
                        .forEach(k -> iam.deleteAccessKey(
                                r -> r.userName(u.userName()).accessKeyId(k.accessKeyId())));
                iam.listUserPolicies(r -> r.userName(u.userName()))
                        .policyNames()
                        .forEach(p -> iam.deleteUserPolicy(
                                r -> r.userName(u.userName()).policyName(p)));
                iam.deleteUser(r -> r.userName(u.userName()));
            });
            Ec2Client ec2 = aws.client(Ec2Recipes.EC2);
            List<String> live = ec2.describeInstances().reservations().stream()
                    .flatMap(r -> r.instances().stream())
                    .filter(i -> !i.state().nameAsString().equals("terminated"))
                    .map(i -> i.instanceId())
                    .toList();
            if (!live.isEmpty()) {
                ec2.terminateInstances(r -> r.instanceIds(live));
            }
            ec2.describeKeyPairs().keyPairs().forEach(k -> ec2.deleteKeyPair(r -> r.keyName(k.keyName())));
            // Only the snapshots of this account's volumes: LocalStack's images have snapshots of their own.
            List<Volume> volumes = ec2.describeVolumes().volumes();
            Set<String> volumeIds = volumes.stream().map(Volume::volumeId).collect(Collectors.toSet());
            ec2.describeSnapshots(r -> r.ownerIds("self")).snapshots().stream()
                    .filter(s -> volumeIds.contains(s.volumeId()))
                    .forEach(s -> ec2.deleteSnapshot(r -> r.snapshotId(s.snapshotId())));
            volumes.stream()
                    .filter(v -> v.attachments().isEmpty())
                    .forEach(v -> ec2.deleteVolume(r -> r.volumeId(v.volumeId())));
            ec2.describeAddresses().addresses().forEach(a -> ec2.releaseAddress(r -> r.allocationId(a.allocationId())));
        }
    }
}
