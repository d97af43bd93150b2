package dev.awsrecipes.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Environment;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of bad inputs for every subcommand. Each row runs as a brand-new account and must: exit
 * non-zero, print exactly one non-blank line on stderr that names the argument or the problem, and
 * leave the account as empty as it found it. Placeholders in the arguments: {@code @missing} (a file
 * that does not exist), {@code @file} (a small text file), {@code @dir} (a directory), {@code @garbage}
 * (a file that is no key), {@code @groups} (a YAML groups file), {@code @bucket} (a bucket name nobody
 * has), {@code @endpoint} (LocalStack's address).
 */
@ExtendWith(LocalStackExtension.class)
class BadInputIT {
    private static final String NO_INSTANCE = "i-0123456789abcdef0";
    /** Log lines that the CLI (which logs at WARN unless --debug) would not print. */
    private static final Pattern QUIET_LOG_LINE = Pattern.compile("^(\\[[^\\]]*\\] )?(TRACE|DEBUG|INFO) .*");

    @TempDir
    Path dir;

    private Path config;
    private Path credentials;

    /** One bad command line and a fragment of the one line it must print. */
    record Row(String command, String problem, String fragment, List<String> args) {
        @Override
        public String toString() {
            return command + ": " + problem;
        }

        boolean needsEndpoint() {
            return !args.contains("--endpoint-url");
        }
    }

    private static Row row(String problem, String fragment, String... args) {
        return new Row(args.length == 0 ? "(none)" : args[0], problem, fragment, List.of(args));
    }

    static Stream<Row> rows() {
        return Stream.of(
                // ---- global options and the command itself ----
                new Row("(none)", "no subcommand", "subcommand", List.of()),
                row("unknown subcommand", "frobnicate", "frobnicate", "--bucket", "x"),
                row("unknown option", "--frobnicate", "bucket-du", "--bucket", "@bucket", "--frobnicate"),
                row("unknown profile", "nosuch", "bucket-du", "--bucket", "@bucket", "--profile", "nosuch"),
                row(
                        "endpoint that is not a URL",
                        "endpoint",
                        "bucket-du",
                        "--bucket",
                        "@bucket",
                        "--endpoint-url",
                        "not a url"),
                row(
                        "endpoint without a scheme",
                        "endpoint",
                        "find-running",
                        "--regions",
                        "us-east-1",
                        "--endpoint-url",
                        "localhost:4566"),
                row("malformed region", "region", "list-versions", "--bucket", "@bucket", "--region", "Mars!"),
                // ---- S3 ----
                row(
                        "location that is no region",
                        "region",
                        "create-bucket",
                        "--bucket",
                        "@bucket",
                        "--location",
                        "Mars!"),
                row("bucket name with upper case", "--bucket", "create-bucket", "--bucket", "MyBucket"),
                row("missing --bucket", "--bucket", "create-bucket"),
                row("neither --file nor --text", "--file", "put-object", "--bucket", "@bucket", "--key", "k"),
                row(
                        "--file that does not exist",
                        "--file",
                        "put-object",
                        "--bucket",
                        "@bucket",
                        "--key",
                        "k",
                        "--file",
                        "@missing"),
                row(
                        "unknown storage class",
                        "--storage-class",
                        "put-object",
                        "--bucket",
                        "@bucket",
                        "--key",
                        "k",
                        "--text",
                        "hi",
                        "--storage-class",
                        "COLD"),
                row(
                        "bucket that does not exist",
                        "@bucket",
                        "put-object",
                        "--bucket",
                        "@bucket",
                        "--key",
                        "k",
                        "--text",
                        "hi"),
                row(
                        "--output that exists",
                        "--output",
                        "get-object",
                        "--bucket",
                        "@bucket",
                        "--key",
                        "k",
                        "--output",
                        "@file"),
                // HeadObject's 404 has no body, so the recipe asks HeadBucket to name the missing bucket.
                row("bucket that does not exist", "@bucket", "get-object", "--bucket", "@bucket", "--key", "k"),
                row("missing --key", "--key", "object-info", "--bucket", "@bucket"),
                row("bucket that does not exist", "@bucket", "object-info", "--bucket", "@bucket", "--key", "k"),
                row("--parallelism 0", "--parallelism", "bucket-du", "--bucket", "@bucket", "--parallelism", "0"),
                row("bucket that does not exist", "@bucket", "bucket-du", "--bucket", "@bucket"),
                row("no target", "--bucket", "copy-object", "--source-bucket", "@bucket", "--source-key", "k"),
                row(
                        "source bucket that does not exist",
                        "@bucket",
                        "copy-object",
                        "--source-bucket",
                        "@bucket",
                        "--source-key",
                        "k",
                        "--key",
                        "k2"),
                row(
                        "metadata without =",
                        "--metadata",
                        "set-metadata",
                        "--bucket",
                        "@bucket",
                        "--key",
                        "k",
                        "--metadata",
                        "colour"),
                row(
                        "unknown class",
                        "--class",
                        "storage-class",
                        "--bucket",
                        "@bucket",
                        "--key",
                        "k",
                        "--class",
                        "COLD"),
                row(
                        "--enable with --disable",
                        "--enable",
                        "access-logging",
                        "--bucket",
                        "@bucket",
                        "--enable",
                        "--disable"),
                row(
                        "--enable without --target-bucket",
                        "--target-bucket",
                        "access-logging",
                        "--bucket",
                        "@bucket",
                        "--enable"),
                row(
                        "duration that is no duration",
                        "--expires",
                        "expiring-url",
                        "--bucket",
                        "@bucket",
                        "--key",
                        "k",
                        "--expires",
                        "soon"),
                row(
                        "longer than 7 days",
                        "expires",
                        "expiring-url",
                        "--bucket",
                        "@bucket",
                        "--key",
                        "k",
                        "--expires",
                        "8d"),
                row(
                        "unknown method",
                        "--method",
                        "expiring-url",
                        "--bucket",
                        "@bucket",
                        "--key",
                        "k",
                        "--expires",
                        "5m",
                        "--method",
                        "DELETE"),
                row("--mfa-delete maybe", "--mfa-delete", "versioning", "--bucket", "@bucket", "--mfa-delete", "maybe"),
                row("bucket that does not exist", "@bucket", "versioning", "--bucket", "@bucket", "--enable"),
                row("bucket name too short", "--bucket", "list-versions", "--bucket", "ab"),
                row("--dir that does not exist", "--dir", "website", "--bucket", "@bucket", "--dir", "@missing"),
                row("bucket that does not exist", "@bucket", "delete-bucket", "--bucket", "@bucket"),
                row("file that does not exist", "file", "upload", "--bucket", "@bucket", "--key", "k", "@missing"),
                row(
                        "part size under 5 MiB",
                        "partSize",
                        "upload",
                        "--bucket",
                        "@bucket",
                        "--key",
                        "k",
                        "@file",
                        "--part-size",
                        "1MiB"),
                row(
                        "size that is no size",
                        "--part-size",
                        "upload",
                        "--bucket",
                        "@bucket",
                        "--key",
                        "k",
                        "@file",
                        "--part-size",
                        "8XB"),
                row(
                        "--concurrency 0",
                        "concurrency",
                        "upload",
                        "--bucket",
                        "@bucket",
                        "--key",
                        "k",
                        "@file",
                        "--concurrency",
                        "0"),
                row("bucket that does not exist", "@bucket", "upload", "--bucket", "@bucket", "--key", "k", "@file"),
                row("directory that does not exist", "directory", "upload-tree", "--bucket", "@bucket", "@missing"),
                row(
                        "part size under 5 MiB",
                        "partSize",
                        "upload-tree",
                        "--bucket",
                        "@bucket",
                        "@dir",
                        "--part-size",
                        "1MiB"),
                row("bucket that does not exist", "@bucket", "upload-tree", "--bucket", "@bucket", "@dir"),
                row("negative age", "older-than", "stale-uploads", "--bucket", "@bucket", "--older-than", "PT-5M"),
                row("bucket that does not exist", "@bucket", "stale-uploads", "--bucket", "@bucket"),
                // ---- EC2 ----
                row("CIDR prefix over 32", "cidr", "launch-instance", "--ami", "ami-1e749f67", "--cidr", "10.0.0.0/33"),
                row(
                        "port range backwards",
                        "22",
                        "open-port",
                        "--group",
                        "web",
                        "--port",
                        "22-21",
                        "--cidr",
                        "10.0.0.0/8"),
                row("missing --ami", "--ami", "launch-instance"),
                row("image id that is no image id", "ami", "launch-instance", "--ami", "ubuntu"),
                row("CIDR without prefix", "cidr", "launch-instance", "--ami", "ami-1e749f67", "--cidr", "10.0.0.1"),
                row(
                        "SSH port out of range",
                        "sshPort",
                        "launch-instance",
                        "--ami",
                        "ami-1e749f67",
                        "--ssh-port",
                        "70000"),
                row(
                        "user data file that does not exist",
                        "user-data",
                        "launch-instance",
                        "--ami",
                        "ami-1e749f67",
                        "--user-data",
                        "@missing"),
                row(
                        "wait timeout that is no duration",
                        "--wait-timeout",
                        "launch-instance",
                        "--ami",
                        "ami-1e749f67",
                        "--wait-timeout",
                        "forever"),
                row("tag without =", "tag", "launch-instance", "--ami", "ami-1e749f67", "--tag", "Name"),
                row("tag without =", "tag", "add-tags", "--resource-id", NO_INSTANCE, "--tag", "team"),
                row("missing --tag", "--tag", "find-by-tag"),
                row("instance that does not exist", NO_INSTANCE, "console-output", "--instance-id", NO_INSTANCE),
                row(
                        "public key file that does not exist",
                        "@missing",
                        "import-keypair",
                        "--key-name",
                        "k",
                        "--public-key",
                        "@missing"),
                row(
                        "public key file that is no key",
                        "key",
                        "import-keypair",
                        "--key-name",
                        "k",
                        "--public-key",
                        "@garbage"),
                row(
                        "region that is no region",
                        "region",
                        "sync-keypairs",
                        "--key-name",
                        "k",
                        "--public-key",
                        "@garbage",
                        "--regions",
                        "Mars"),
                row("missing --public-key", "--public-key", "sync-keypairs", "--key-name", "k"),
                row("CIDR without prefix", "cidr", "open-port", "--group", "web", "--port", "22", "--cidr", "10.0.0.0"),
                row(
                        "port out of range",
                        "port",
                        "open-port",
                        "--group",
                        "web",
                        "--port",
                        "70000",
                        "--cidr",
                        "10.0.0.0/8"),
                row(
                        "protocol that is no protocol",
                        "protocol",
                        "open-port",
                        "--group",
                        "web",
                        "--port",
                        "22",
                        "--cidr",
                        "10.0.0.0/8",
                        "--protocol",
                        "icmpx"),
                row(
                        "group that does not exist",
                        "nosuch-group",
                        "open-port",
                        "--group",
                        "nosuch-group",
                        "--port",
                        "22",
                        "--cidr",
                        "10.0.0.0/8"),
                row("region that is no region", "regions", "find-running", "--regions", "Mars"),
                row("profile that does not exist", "nosuch", "find-running", "--profiles", "nosuch"),
                row("instance that does not exist", NO_INSTANCE, "clone-instance", "--instance-id", NO_INSTANCE),
                row("instance that does not exist", NO_INSTANCE, "snapshot-volumes", "--instance-id", NO_INSTANCE),
                row(
                        "volume that does not exist",
                        "vol-0123456789abcdef0",
                        "restore-volume",
                        "--volume-id",
                        "vol-0123456789abcdef0"),
                row(
                        "size 0",
                        "--size",
                        "create-volume",
                        "--instance-id",
                        NO_INSTANCE,
                        "--size",
                        "0",
                        "--device",
                        "/dev/sdf"),
                row(
                        "device that is no device",
                        "device",
                        "create-volume",
                        "--instance-id",
                        NO_INSTANCE,
                        "--size",
                        "1",
                        "--device",
                        "sdf"),
                row(
                        "instance that does not exist",
                        NO_INSTANCE,
                        "create-volume",
                        "--instance-id",
                        NO_INSTANCE,
                        "--size",
                        "1",
                        "--device",
                        "/dev/sdf"),
                row("unknown action", "grab", "elastic-ip", "grab"),
                row(
                        "associate without --instance-id",
                        "--instance-id",
                        "elastic-ip",
                        "associate",
                        "--allocation-id",
                        "eipalloc-12345678"),
                row(
                        "allocation that does not exist",
                        "eipalloc-12345678",
                        "elastic-ip",
                        "release",
                        "--allocation-id",
                        "eipalloc-12345678"),
                row("neither ids nor group", "--instance-ids", "start-instances"),
                row(
                        "groups file that does not exist",
                        "@missing",
                        "stop-instances",
                        "--groups-file",
                        "@missing",
                        "--group",
                        "web"),
                row(
                        "group not in the file",
                        "nosuch",
                        "stop-instances",
                        "--groups-file",
                        "@groups",
                        "--group",
                        "nosuch"),
                row("id that is no instance id", "web-1", "terminate-instances", "--instance-ids", "web-1"),
                row("--script with parts", "--script", "user-data", "--script", "@file", "--cloud-config", "@file"),
                row("--gzip without --output", "--output", "user-data", "--cloud-config", "@file", "--gzip"),
                row("script that does not exist", "@missing", "user-data", "--script", "@missing"),
                // ---- monitoring ----
                row(
                        "value that is not a number (NaN)",
                        "value",
                        "put-metric",
                        "--namespace",
                        "Mine",
                        "--metric",
                        "m",
                        "--value",
                        "NaN"),
                row(
                        "unknown protocol",
                        "protocol",
                        "subscribe",
                        "--topic-arn",
                        "arn:aws:sns:us-east-1:000000000000:nosuch",
                        "--protocol",
                        "carrier-pigeon",
                        "--endpoint",
                        "x"),
                row("instance that does not exist", NO_INSTANCE, "enable-monitoring", "--instance-id", NO_INSTANCE),
                row(
                        "start that is no instant",
                        "start",
                        "metrics",
                        "--instance-id",
                        NO_INSTANCE,
                        "--metric",
                        "CPUUtilization",
                        "--start",
                        "yesterday"),
                row(
                        "period 61",
                        "period",
                        "metrics",
                        "--instance-id",
                        NO_INSTANCE,
                        "--metric",
                        "CPUUtilization",
                        "--period",
                        "61"),
                row("topic name with spaces", "name", "create-topic", "--name", "my topic"),
                row(
                        "topic ARN that is no ARN",
                        "topic",
                        "subscribe",
                        "--topic-arn",
                        "my-topic",
                        "--endpoint",
                        "ops@example.com"),
                row(
                        "e-mail without @",
                        "endpoint",
                        "subscribe",
                        "--topic-arn",
                        "arn:aws:sns:us-east-1:000000000000:nosuch",
                        "--endpoint",
                        "ops.example.com"),
                row(
                        "topic that does not exist",
                        "topic arn:aws:sns:us-east-1:000000000000:nosuch does not exist",
                        "list-subscriptions",
                        "--topic-arn",
                        "arn:aws:sns:us-east-1:000000000000:nosuch"),
                row(
                        "comparison =>",
                        "comparison",
                        "create-alarm",
                        "--alarm-name",
                        "a",
                        "--metric",
                        "CPU",
                        "--comparison",
                        "=>",
                        "--threshold",
                        "1"),
                row(
                        "period 61",
                        "period",
                        "create-alarm",
                        "--alarm-name",
                        "a",
                        "--metric",
                        "CPU",
                        "--comparison",
                        ">",
                        "--threshold",
                        "1",
                        "--period",
                        "61"),
                row(
                        "threshold that is no number",
                        "--threshold",
                        "create-alarm",
                        "--alarm-name",
                        "a",
                        "--metric",
                        "CPU",
                        "--comparison",
                        ">",
                        "--threshold",
                        "high"),
                row("unknown state", "state", "set-alarm-state", "--alarm-name", "a", "--state", "BROKEN"),
                row(
                        "alarm that does not exist",
                        "alarm nosuch-alarm does not exist",
                        "set-alarm-state",
                        "--alarm-name",
                        "nosuch-alarm"),
                row("missing --alarm-name", "--alarm-name", "alarm-history"),
                row(
                        "e-mail without @",
                        "email",
                        "easy-alarm",
                        "--instance-id",
                        NO_INSTANCE,
                        "--alarm-name",
                        "a",
                        "--email",
                        "ops.example.com",
                        "--metric",
                        "CPUUtilization",
                        "--comparison",
                        ">",
                        "--threshold",
                        "80",
                        "--period",
                        "300",
                        "--evaluation-periods",
                        "1",
                        "--statistic",
                        "Average"),
                row(
                        "comparison =>",
                        "comparison",
                        "easy-alarm",
                        "--instance-id",
                        NO_INSTANCE,
                        "--alarm-name",
                        "a",
                        "--email",
                        "ops@example.com",
                        "--metric",
                        "CPUUtilization",
                        "--comparison",
                        "=>",
                        "--threshold",
                        "80",
                        "--period",
                        "300",
                        "--evaluation-periods",
                        "1",
                        "--statistic",
                        "Average"),
                row(
                        "period 61",
                        "period",
                        "easy-alarm",
                        "--instance-id",
                        NO_INSTANCE,
                        "--alarm-name",
                        "a",
                        "--email",
                        "ops@example.com",
                        "--metric",
                        "CPUUtilization",
                        "--comparison",
                        ">",
                        "--threshold",
                        "80",
                        "--period",
                        "61",
                        "--evaluation-periods",
                        "1",
                        "--statistic",
                        "Average"),
                row(
                        "unknown statistic",
                        "statistic",
                        "easy-alarm",
                        "--instance-id",
                        NO_INSTANCE,
                        "--alarm-name",
                        "a",
                        "--email",
                        "ops@example.com",
                        "--metric",
                        "CPUUtilization",
                        "--comparison",
                        ">",
                        "--threshold",
                        "80",
                        "--period",
                        "300",
                        "--evaluation-periods",
                        "1",
                        "--statistic",
                        "Median"),
                row(
                        "instance id that is no instance id",
                        "instance",
                        "easy-alarm",
                        "--instance-id",
                        "web-1",
                        "--alarm-name",
                        "a",
                        "--email",
                        "ops@example.com",
                        "--metric",
                        "CPUUtilization",
                        "--comparison",
                        ">",
                        "--threshold",
                        "80",
                        "--period",
                        "300",
                        "--evaluation-periods",
                        "1",
                        "--statistic",
                        "Average"),
                row(
                        "instance that does not exist",
                        NO_INSTANCE,
                        "easy-alarm",
                        "--instance-id",
                        NO_INSTANCE,
                        "--alarm-name",
                        "a",
                        "--email",
                        "ops@example.com",
                        "--metric",
                        "CPUUtilization",
                        "--comparison",
                        ">",
                        "--threshold",
                        "80",
                        "--period",
                        "300",
                        "--evaluation-periods",
                        "1",
                        "--statistic",
                        "Average"),
                row(
                        "AWS/ namespace",
                        "namespace",
                        "put-metric",
                        "--namespace",
                        "AWS/EC2",
                        "--metric",
                        "m",
                        "--value",
                        "1"),
                row(
                        "value that is no number",
                        "--value",
                        "put-metric",
                        "--namespace",
                        "Mine",
                        "--metric",
                        "m",
                        "--value",
                        "abc"),
                row(
                        "timestamp that is no instant",
                        "timestamp",
                        "put-metric",
                        "--namespace",
                        "Mine",
                        "--metric",
                        "m",
                        "--value",
                        "1",
                        "--timestamp",
                        "yesterday"),
                row(
                        "credentials file that exists",
                        "@file",
                        "restricted-user",
                        "--user-name",
                        "u",
                        "--credentials-file",
                        "@file"),
                row("missing --user-name", "--user-name", "restricted-user", "--credentials-file", "@missing"),
                row(
                        "path that does not exist",
                        "@missing",
                        "publish-disk-usage",
                        "--instance-id",
                        NO_INSTANCE,
                        "--path",
                        "@missing"),
                row(
                        "metadata endpoint that is no URL",
                        "--imds-endpoint",
                        "publish-disk-usage",
                        "--imds-endpoint",
                        "not a url"),
                row(
                        "--enable with --disable",
                        "--enable",
                        "alarm-actions",
                        "--alarm-name",
                        "a",
                        "--enable",
                        "--disable"),
                row(
                        "alarm that does not exist",
                        "nosuch-alarm",
                        "alarm-actions",
                        "--alarm-name",
                        "nosuch-alarm",
                        "--disable"),
                row(
                        "no action at all",
                        "action",
                        "status-check-alarms",
                        "--instance-id",
                        NO_INSTANCE,
                        "--system-action",
                        "none",
                        "--instance-action",
                        "none"),
                row(
                        "unknown action",
                        "explode",
                        "status-check-alarms",
                        "--instance-id",
                        NO_INSTANCE,
                        "--system-action",
                        "explode"),
                row("instance that does not exist", NO_INSTANCE, "status-check-alarms", "--instance-id", NO_INSTANCE));
    }

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("file.txt"), "#!/bin/sh\necho hello\n");
        Files.writeString(dir.resolve("garbage.pub"), "this is not a public key\n");
        Files.writeString(dir.resolve("groups.yaml"), "web:\n  - i-0123456789abcdef1\n");
        Files.createDirectories(dir.resolve("tree"));
        Files.writeString(dir.resolve("tree/a.txt"), "a");
        config = Files.writeString(dir.resolve("config"), "[profile other]\nregion = us-east-1\n");
        credentials = Files.writeString(
                dir.resolve("credentials"), "[other]\naws_access_key_id = test\naws_secret_access_key = test\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInput_exitsNonZeroWithOneLineNamingTheProblem_andCreatesNothing(Row row, LocalStack localStack)
            throws IOException {
        String account = LocalStack.newAccountId();
        String bucket = LocalStack.uniqueName("bad-input");
        List<String> args = new ArrayList<>();
        for (String arg : row.args()) {
            args.add(resolve(arg, bucket, localStack));
        }
        if (row.needsEndpoint() && !args.isEmpty()) {
            args.add("--endpoint-url");
            args.add(localStack.endpoint().toString());
        }
        String fragment = resolve(row.fragment(), bucket, localStack);

        CliRun.LoggedRun run = CliRun.capturingLog(
                Environment.of(Map.of(
                        "AWS_ACCESS_KEY_ID",
                        account,
                        "AWS_SECRET_ACCESS_KEY",
                        LocalStack.SECRET_KEY,
                        "AWS_REGION",
                        "us-east-1",
                        "AWS_CONFIG_FILE",
                        config.toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                        credentials.toString())),
                args.toArray(String[]::new));
        int status = run.result().exitCode();
        String out = run.result().out();
        // What a user sees on stderr: the command's own lines, and log lines at the CLI's level (WARN).
        List<String> stderr = new ArrayList<>(run.result().err().lines().toList());
        run.log().lines().filter(l -> !QUIET_LOG_LINE.matcher(l).matches()).forEach(stderr::add);
        stderr.removeIf(String::isBlank);
        String shown = "args " + args + "\nstdout: " + out + "\nstderr: " + String.join("\n  ", stderr);

        assertThat(status).as("exit status; %s", shown).isNotZero();
        assertThat(stderr).as("stderr lines; %s", shown).hasSize(1);
        assertThat(stderr.get(0))
                .as("the one line names the problem; %s", shown)
                .containsIgnoringCase(fragment);
        assertThat(AccountContents.of(localStack, account))
                .as("what the command left in its account; %s", shown)
                .isEmpty();
    }

    @Test
    void theTable_coversEverySubcommand_withAtLeastFortyRows() {
        Set<String> subcommands = new TreeSet<>(AwsRecipesCli.commandLine(Environment.of(Map.of()))
                .getSubcommands()
                .keySet());
        List<Row> all = rows().toList();
        Map<String, Long> perCommand = all.stream()
                .filter(r -> subcommands.contains(r.command()))
                .collect(Collectors.groupingBy(Row::command, Collectors.counting()));

        assertThat(perCommand.keySet())
                .as("rows per subcommand: %s", perCommand)
                .containsAll(subcommands);
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
    }

    private String resolve(String arg, String bucket, LocalStack localStack) {
        return switch (arg) {
            case "@missing" -> dir.resolve("missing").toString();
            case "@file" -> dir.resolve("file.txt").toString();
            case "@dir" -> dir.resolve("tree").toString();
            case "@garbage" -> dir.resolve("garbage.pub").toString();
            case "@groups" -> dir.resolve("groups.yaml").toString();
            case "@bucket" -> bucket;
            case "@endpoint" -> localStack.endpoint().toString();
            default -> arg;
        };
    }
}
