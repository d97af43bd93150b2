package dev.awsrecipes.cli;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every subcommand takes (see CLI.md). They are declared on the root command and on every
 * subcommand, so they may stand before or after the subcommand's name; {@link #or(GlobalOptions)}
 * merges the two places.
 */
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

    @Option(
            names = "--debug",
            description = "Log every request and response to stderr, secrets redacted (and the library's DEBUG log).")
    boolean debug;

    @Option(names = "--verbose", description = "Show the library's log (INFO and up) on stderr.")
    boolean verbose;

    @Option(names = "--quiet", description = "No progress on stderr; errors are still printed.")
    boolean quiet;

    @Option(
            names = "--json",
            description = "Print the result as JSON on stdout: one document, or for ls, cp, mv, rm and sync one object"
                    + " a line (JSON Lines).")
    boolean json;

    public boolean json() {
        return json;
    }

    public boolean debug() {
        return debug;
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean quiet() {
        return quiet;
    }

    /** These options, with those given before the subcommand ({@code outer}) filling what these lack. */
    GlobalOptions or(GlobalOptions outer) {
        GlobalOptions merged = new GlobalOptions();
        merged.profile = profile != null ? profile : outer.profile;
        merged.region = region != null ? region : outer.region;
        merged.endpointUrl = endpointUrl != null ? endpointUrl : outer.endpointUrl;
        merged.debug = debug || outer.debug;
        merged.verbose = verbose || outer.verbose;
        merged.quiet = quiet || outer.quiet;
        merged.json = json || outer.json;
        return merged;
    }

    /** The session options as given (profile, region, endpoint), to repeat them in a suggested command. */
    public List<String> sessionArguments() {
        List<String> words = new ArrayList<>();
        if (profile != null) {
            words.addAll(List.of("--profile", profile));
        }
        if (region != null) {
            words.addAll(List.of("--region", region));
        }
        if (endpointUrl != null) {
            words.addAll(List.of("--endpoint-url", endpointUrl));
        }
        return words;
    }

    /** Every option as given, to pass on to the commands {@code run} reads. */
    public List<String> asArguments() {
        List<String> words = sessionArguments();
        if (debug) {
            words.add("--debug");
        }
        if (verbose) {
            words.add("--verbose");
        }
        if (quiet) {
            words.add("--quiet");
        }
        if (json) {
            words.add("--json");
        }
        return words;
    }

    /** A session builder from these options and the environment; subcommands may add to it. */
    public Aws.Builder sessionBuilder(Environment environment) {
        Aws.Builder builder =
                Aws.builder().environment(environment).wireLogging(debug).httpClientBuilder(new CliHttpClient());
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
