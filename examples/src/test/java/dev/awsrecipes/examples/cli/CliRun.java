package dev.awsrecipes.examples.cli;

import dev.awsrecipes.core.Environment;
import dev.awsrecipes.testing.LocalStack;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code aws-recipes} in-process against LocalStack, as a user with the test keys would, with an
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

    /** The command line exactly as given, in exactly this environment. */
    public static CliResult withEnvironment(Environment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AwsRecipesCli.run(args, new PrintWriter(out), new PrintWriter(err), environment);
        return new CliResult(exit, out.toString(), err.toString());
    }
}
