package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** {@code run}: many command lines in one process, each line's outcome reported, the effects read back. */
class RunCommandIT {

    @S3ServerTest
    void runsEveryLineAndReportsTheFailedOnes(S3Server server, Aws aws, @TempDir Path dir) throws Exception {
        S3Cli cli = new S3Cli(server);
        S3Client s3 = aws.client(S3Recipes.S3);
        String bucket = LocalStack.uniqueName("s3a-cli-run");
        assertThat(cli.run("create-bucket", "--bucket", bucket).exitCode()).isZero();
        try {
            List<String> lines = new ArrayList<>();
            lines.add("# forty objects, one a line");
            lines.add("");
            for (int i = 0; i < 40; i++) {
                lines.add("put-object --bucket " + bucket + " --key 'run/ä b+" + i + "' --text \"line " + i + "\"");
            }
            lines.add("object-info --bucket " + bucket + " --key run/missing");
            lines.add("put-object --bucket " + bucket + " --key 'unclosed");
            Path file = Files.write(dir.resolve("commands.txt"), lines, StandardCharsets.UTF_8);

            CliResult run = cli.run("run", file.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err())
                    .contains("run: line 43 failed (exit 1): object-info --bucket " + bucket + " --key run/missing")
                    .contains("run: line 44 failed (exit 2)")
                    .contains("a single quote is not closed")
                    .contains("run: 2 of 42 commands failed");
            List<S3Object> stored =
                    s3.listObjectsV2(r -> r.bucket(bucket).prefix("run/")).contents();
            assertThat(stored).hasSize(40);
            assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("run/ä b+7"))
                            .asUtf8String())
                    .isEqualTo("line 7");
        } finally {
            cli.run("delete-bucket", "--bucket", bucket);
        }
    }

    @S3ServerTest
    void readsStdinInOrderWithOneAtATime(S3Server server, Aws aws) {
        String bucket = LocalStack.uniqueName("s3a-cli-run");
        S3Cli cli = new S3Cli(server);
        assertThat(cli.run("create-bucket", "--bucket", bucket).exitCode()).isZero();
        try {
            String commands = "put-object --bucket " + bucket + " --key k --text first\n"
                    + "put-object --bucket " + bucket + " --key k --text second\n"
                    + "object-info --bucket " + bucket + " --key k --json\n";
            CliResult run = CliRun.withInput(
                    Environment.of(server.cliEnvironment()),
                    new ByteArrayInputStream(commands.getBytes(StandardCharsets.UTF_8)),
                    "run",
                    "--parallel",
                    "1",
                    "-",
                    "--endpoint-url",
                    server.endpoint().toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("(5 bytes,").contains("\"bytes\" : 6");
            assertThat(aws.client(S3Recipes.S3)
                            .getObjectAsBytes(r -> r.bucket(bucket).key("k"))
                            .asUtf8String())
                    .isEqualTo("second");
        } finally {
            cli.run("delete-bucket", "--bucket", bucket);
        }
    }

    @S3ServerTest
    void badInputNeedsNoServer(S3Server server) {
        S3Cli cli = new S3Cli(server);
        assertThat(cli.run("run", "/nonexistent/commands.txt").err())
                .contains("FILE /nonexistent/commands.txt does not exist");
        assertThat(cli.run("run", "--parallel", "0", "-").err()).contains("--parallel is 0; give 1 to 256");
    }
}
