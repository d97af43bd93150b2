package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Environment;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * A table of bad inputs for every subcommand, kept in {@code bad-input.csv} next to this class's
 * package in the test resources. Each row runs as a brand-new account and must: exit
 * non-zero, print exactly one non-blank line on stderr that names the argument or the problem, and
 * leave the account as empty as it found it. Placeholders in the arguments: {@code @missing} (a file
 * that does not exist), {@code @file} (a small text file), {@code @dir} (a directory), {@code @garbage}
 * (a file that is no key), {@code @groups} (a YAML groups file), {@code @bucket} (a bucket name nobody
 * has), {@code @endpoint} (LocalStack's address).
 */
@ExtendWith(LocalStackExtension.class)
class BadInputIT {
    /** Log lines that the CLI (which logs at WARN unless --debug) would not print. */
    private static final Pattern QUIET_LOG_LINE = Pattern.compile("^(\\[[^\\]]*\\] )?(TRACE|DEBUG|INFO) .*");

    @TempDir
    Path dir;

    private Path config;
    private Path credentials;

    /** The table, one row per line; see its header for the columns and placeholders. */
    static final String TABLE = "/dev/awsrecipes/cli/bad-input.csv";

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

    /** The rows of the table, in its order. */
    static Stream<Row> rows() {
        try (InputStream in = BadInputIT.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Row> rows = new ArrayList<>();
            boolean header = true;
            for (String line : text.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> cells = Csv.cells(line);
                List<String> args = cells.subList(2, cells.size());
                rows.add(new Row(
                        args.isEmpty() ? "(none)" : args.get(0), cells.get(0), cells.get(1), List.copyOf(args)));
            }
            return rows.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
