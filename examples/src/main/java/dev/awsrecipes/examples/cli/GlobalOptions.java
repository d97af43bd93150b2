package dev.awsrecipes.examples.cli;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every subcommand takes (see CLI.md). */
public final class GlobalOptions {
    @Option(names = "--profile", paramLabel = "NAME", description = "Named profile from the shared config files.")
    String profile;

    @Option(names = "--region", paramLabel = "NAME", description = "Default region.")
    String region;

    @Option(
            names = "--endpoint-url",
            paramLabel = "URL",
            description = "AWS-compatible endpoint, e.g. LocalStack; AWS_ENDPOINT_URL is honoured too.")
    String endpointUrl;

    @Option(names = "--debug", description = "Log every request and response to stderr, secrets redacted.")
    boolean debug;

    @Option(names = "--json", description = "Print the result as one JSON document on stdout.")
    boolean json;

    public boolean json() {
        return json;
    }

    public boolean debug() {
        return debug;
    }

    /** A session builder from these options and the environment; subcommands may add to it. */
    public Aws.Builder sessionBuilder(Environment environment) {
        Aws.Builder builder = Aws.builder().environment(environment).wireLogging(debug);
        Path home = Path.of(System.getProperty("user.home"), ".aws");
        Path config = environment.find("AWS_CONFIG_FILE").map(Path::of).orElse(home.resolve("config"));
        Path credentials =
                environment.find("AWS_SHARED_CREDENTIALS_FILE").map(Path::of).orElse(home.resolve("credentials"));
        builder.profileFiles(config, credentials);
        if (profile != null) {
            builder.profile(profile);
        }
        if (region != null) {
            builder.region(region);
        }
        if (endpointUrl != null) {
            builder.endpoint(endpointUrl);
        }
        return builder;
    }
}
