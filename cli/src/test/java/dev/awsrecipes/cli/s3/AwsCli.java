package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.testing.S3Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The AWS CLI ({@code /usr/bin/aws}) as the S3 server's test user, to check what our commands did with a tool
 * that is not ours. It gets the server's keys and region and no profile files from this machine.
 */
final class AwsCli {
    private static final Path AWS = Path.of("/usr/bin/aws");

    private AwsCli() {}

    /** Runs {@code aws ARGS --endpoint-url E}; fails the test unless it exits with 0; returns its stdout. */
    static String run(S3Server server, String... args) {
        return run(server, false, args);
    }

    private static String run(S3Server server, boolean emptyMayFail, String... args) {
        assertThat(AWS).as("the AWS CLI, which these tests check with").exists();
        List<String> command = new ArrayList<>(List.of(AWS.toString()));
        command.addAll(Arrays.asList(args));
        command.addAll(List.of("--endpoint-url", server.endpoint().toString()));
        try {
            Path err = Files.createTempFile("aws-cli-", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
                builder.environment().putAll(server.cliEnvironment());
                builder.environment().put("AWS_DEFAULT_REGION", server.region().id());
                builder.environment().put("PYTHONIOENCODING", "utf-8");
                builder.environment().put("LC_ALL", "C.UTF-8");
                builder.environment().remove("AWS_ENDPOINT_URL");
                builder.environment().remove("AWS_PROFILE");
                Process aws = builder.start();
                aws.getOutputStream().close();
                String out = new String(aws.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(aws.waitFor(2, TimeUnit.MINUTES)).isTrue();
                if (!(emptyMayFail && out.isBlank() && aws.exitValue() == 1)) {
                    assertThat(aws.exitValue())
                            .as("aws %s: %s", String.join(" ", args), Files.readString(err))
                            .isZero();
                }
                return out;
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The keys {@code aws s3 ls --recursive s3://BUCKET/PREFIX} lists: each line's key, after the date, the
     * time and the size. {@code aws s3 ls} exits with 1 when nothing is under the prefix: that is an empty list.
     */
    static List<String> keys(S3Server server, String bucket, String prefix) {
        return run(server, true, "s3", "ls", "--recursive", "s3://" + bucket + "/" + prefix)
                .lines()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\\s+", 4)[3])
                .toList();
    }
}
