package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.testing.S3Server;

/** Runs {@code aws-recipes} in-process against an S3 server, as a user with the server's test keys would. */
final class S3Cli {
    private final S3Server server;

    S3Cli(S3Server server) {
        this.server = server;
    }

    /** Runs the command as the server's test user, with {@code --endpoint-url} pointing at it. */
    CliResult run(String... args) {
        return CliRun.on(server, args);
    }
}
