package dev.awsrecipes.examples.s3;

import dev.awsrecipes.examples.cli.CliResult;
import dev.awsrecipes.examples.cli.CliRun;
import dev.awsrecipes.testing.LocalStack;

/** Runs {@code aws-recipes} in-process against LocalStack, as a user with the test keys would. */
final class S3Cli {
    private final LocalStack localStack;

    S3Cli(LocalStack localStack) {
        this.localStack = localStack;
    }

    /** Runs the command as this test's account, against LocalStack. */
    CliResult run(String... args) {
        return CliRun.asAccount(localStack, LocalStack.DEFAULT_ACCESS_KEY, args);
    }
}
