package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Help on every subcommand, the grouped top-level help and --version; no AWS involved. */
class HelpTest {
    private static final Environment NO_AWS = Environment.of(Map.of());

    /** Built once: building the whole command line costs about 0.1 s. */
    private static final CommandLine CLI = AwsRecipesCli.commandLine(NO_AWS);

    static Stream<String> subcommands() {
        return CLI.getSubcommands().keySet().stream();
    }

    private static CliResult run(String... args) {
        return CliRun.withEnvironment(NO_AWS, args);
    }

    @Test
    void theWalk_coversTheContract_withAtLeast48Commands() {
        assertThat(subcommands().toList())
                .hasSizeGreaterThanOrEqualTo(48)
                .contains("upload", "get-object", "easy-alarm", "completion", "help");
    }

    /**
     * bin/aws-recipes gives C2 to the ciphers of the commands that move object bytes (HTTPS needs its AES-GCM
     * intrinsics) and names them in a shell pattern; a renamed command would silently fall back to C1 only.
     */
    @Test
    void theLaunchersTransferCommands_areAllSubcommands() throws IOException {
        Path launcher = Path.of("").toAbsolutePath().getParent().resolve("bin/aws-recipes");
        String pattern = Files.readAllLines(launcher).stream()
                .map(String::strip)
                .filter(line -> line.endsWith(") moves_bytes=true ;;"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no transfer-command pattern in " + launcher));
        List<String> names = Arrays.stream(
                        pattern.substring(0, pattern.indexOf(')')).split("\\|"))
                .map(String::strip)
                .toList();

        assertThat(names).contains("upload", "download");
        assertThat(CLI.getSubcommands().keySet()).containsAll(names);
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("subcommands")
    void everySubcommand_helpExitsZero_withEveryOptionItsDefaultAndAnExample(String command) {
        CommandSpec spec =
                AwsRecipesCli.commandLine(NO_AWS).getSubcommands().get(command).getCommandSpec();
        for (String[] args : List.of(new String[] {command, "--help"}, new String[] {"help", command})) {
            CliResult result = run(args);

            assertThat(result.exitCode())
                    .as("%s: %s", List.of(args), result.err())
                    .isZero();
            assertThat(result.err()).as(List.of(args).toString()).isEmpty();
            assertThat(result.out()).contains("Usage: aws-recipes " + command);
            for (OptionSpec option : spec.options()) {
                assertThat(result.out())
                        .as("%s names %s", command, option.longestName())
                        .contains(option.longestName());
                if (option.defaultValue() != null
                        && !option.defaultValue().isEmpty()
                        && option.arity().max() > 0) {
                    assertThat(result.out())
                            .as("%s shows the default of %s", command, option.longestName())
                            .contains("Default: " + option.defaultValue());
                }
            }
            assertThat(result.out()).as("%s has an example", command).contains("Example:%n  ".formatted());
        }
    }

    @Test
    void uploadHelp_showsDefaultsAndTheCuratedExample_evenWithoutItsRequiredOptions() {
        CliResult result = run("upload", "--help");

        assertThat(run("upload", "-h").out()).isEqualTo(result.out());
        assertThat(result.out())
                .contains("--part-size=SIZE")
                .contains("Default: 8MiB")
                .contains("--bucket=B", "--key=K", "--resume", "--quiet", "--region=NAME")
                .contains("aws-recipes upload --bucket backups --key db/2026-11-28.dump ./db.dump");
    }

    @Test
    void topLevelHelp_groupsTheCommandsByService() {
        CliResult result = run("--help");

        assertThat(result.exitCode()).isZero();
        String out = result.out();
        int s3 = out.indexOf("S3: buckets, objects, transfers:");
        int ec2 = out.indexOf("EC2: instances, keys, volumes, addresses:");
        int monitoring = out.indexOf("Monitoring: CloudWatch, SNS, IAM:");
        int shell = out.indexOf("The command line itself:");
        assertThat(List.of(s3, ec2, monitoring, shell)).allMatch(i -> i > 0).isSorted();
        assertThat(out.substring(s3, ec2))
                .contains("  upload-tree ", "  get-object ")
                .doesNotContain("launch-instance");
        assertThat(out.substring(ec2, monitoring))
                .contains("  launch-instance ")
                .doesNotContain("easy-alarm");
        assertThat(out.substring(monitoring, shell)).contains("  easy-alarm ");
        assertThat(out.substring(shell)).contains("  completion ", "  help ");
        subcommands().forEach(c -> assertThat(out).contains("  " + c + " "));
    }

    @Test
    void version_isThePomsVersion_withTheSdkAndJava() throws IOException {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"bucket-du", "--version"})) {
            CliResult result = run(args);

            assertThat(result.exitCode()).isZero();
            assertThat(result.out().lines().toList())
                    .hasSize(3)
                    .satisfies(l -> assertThat(l.get(0)).isEqualTo("aws-recipes " + pomVersion()))
                    .satisfies(l -> assertThat(l.get(1))
                            .isEqualTo("AWS SDK for Java " + software.amazon.awssdk.core.util.VersionInfo.SDK_VERSION))
                    .satisfies(l -> assertThat(l.get(2)).startsWith("Java " + Runtime.version()));
        }
    }

    @Test
    void globalOptions_beforeTheSubcommand_areHonoured() {
        CliResult region = run("--region", "Mars 1", "bucket-du", "--bucket", "some-bucket");
        CliResult endpoint = run("--endpoint-url", "not a url", "bucket-du", "--bucket", "some-bucket");

        assertThat(region.exitCode()).as(region.err()).isEqualTo(AwsRecipesCli.BAD_INPUT);
        assertThat(region.err()).containsIgnoringCase("region").contains("Mars 1");
        assertThat(endpoint.exitCode()).as(endpoint.err()).isEqualTo(AwsRecipesCli.BAD_INPUT);
        assertThat(endpoint.err()).containsIgnoringCase("endpoint");
    }

    @Test
    void anArgumentTheLocaleCouldNotDecode_isRefusedBeforeAnything() {
        CliResult result = run("put-object", "--bucket", "b-b-b", "--key", "\uFFFD\uFFFD\uFFFD.txt", "--text", "x");

        assertThat(result.exitCode()).isEqualTo(AwsRecipesCli.BAD_INPUT);
        assertThat(result.err().lines().toList())
                .singleElement()
                .asString()
                .contains("\uFFFD\uFFFD\uFFFD.txt", "LC_ALL=C.UTF-8");
    }

    @Test
    void subcommandsByName_haveNoUnknownGroup() {
        CLI.getSubcommands().values().forEach(sub -> assertThat(UsageHelp.groupOf(sub.getCommandSpec()))
                .isNotNull());
    }

    /** The version in this module's pom (its parent's), as the build sees it. */
    private static String pomVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(pom);
        assertThat(parent.find()).isTrue();
        return parent.group(1);
    }
}
