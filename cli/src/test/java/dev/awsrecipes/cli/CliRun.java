package dev.awsrecipes.cli;

import dev.awsrecipes.core.Environment;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.S3Server;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code aws-recipes} in-process against LocalStack or another S3 server, as a user with the test keys would, with an
 * environment of its own so the machine's AWS variables and profiles never leak into a test.
 */
public final class CliRun {
    private CliRun() {}

    /** The environment of an account's user: its keys, the test region, and no profile files. */
    public static Map<String, String> environment(LocalStack localStack, String accessKeyId) {
        return Map.of(
                "AWS_ACCESS_KEY_ID",
                accessKeyId,
                "AWS_SECRET_ACCESS_KEY",
                LocalStack.SECRET_KEY,
                "AWS_REGION",
                localStack.region().id(),
                "AWS_CONFIG_FILE",
                "/nonexistent/aws-recipes-test/config",
                "AWS_SHARED_CREDENTIALS_FILE",
                "/nonexistent/aws-recipes-test/credentials");
    }

    /** The command line as the account, with {@code --endpoint-url} pointing at LocalStack. */
    public static CliResult asAccount(LocalStack localStack, String accessKeyId, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--endpoint-url");
        all.add(localStack.endpoint().toString());
        return withEnvironment(Environment.of(environment(localStack, accessKeyId)), all.toArray(String[]::new));
    }

    /**
     * The command line as the S3 server's test user, with {@code --endpoint-url} pointing at the server.
     */
    public static CliResult on(S3Server server, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--endpoint-url");
        all.add(server.endpoint().toString());
        return withEnvironment(Environment.of(server.cliEnvironment()), all.toArray(String[]::new));
    }

    /**
     * The command line in this environment, with what the loggers write to {@code System.err} during
     * the run (the wire log under {@code --debug}, warnings) captured as well.
     */
    public static LoggedRun capturingLog(Environment environment, String... args) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            return new LoggedRun(withEnvironment(environment, args), log.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(originalErr);
        }
    }

    /** A command line's result and the log lines it produced. */
    public record LoggedRun(CliResult result, String log) {}

    /** The command line exactly as given, in exactly this environment. */
    public static CliResult withEnvironment(Environment environment, String... args) {
        return withInput(environment, InputStream.nullInputStream(), args);
    }

    /** The command line with this standard input (a pipe, not a terminal), in exactly this environment. */
    public static CliResult withInput(Environment environment, InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AwsRecipesCli.run(args, stdin, new PrintWriter(out), new PrintWriter(err), environment);
        return new CliResult(exit, out.toString(), err.toString());
    }
}
