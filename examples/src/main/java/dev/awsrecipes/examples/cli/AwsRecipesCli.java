package dev.awsrecipes.examples.cli;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.examples.ec2.Ec2Commands;
import dev.awsrecipes.examples.monitoring.MonitoringCommands;
import dev.awsrecipes.examples.s3.S3Commands;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The {@code aws-recipes} command line: one subcommand per recipe (CLI.md). Exit status 0 on success;
 * 2 with one line on stderr for bad input; 1 with one line on stderr for an AWS or other failure.
 */
@Command(
        name = "aws-recipes",
        mixinStandardHelpOptions = true,
        version = "aws-recipes 0.1.0",
        description = "Everyday AWS chores, one command each.",
        subcommandsRepeatable = false)
public final class AwsRecipesCli implements Runnable {
    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit status for a failure of AWS or the machine. */
    public static final int FAILED = 1;

    private final Environment environment;

    private AwsRecipesCli(Environment environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        configureLogging(Arrays.asList(args).contains("--debug"));
        int status =
                run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), Environment.system());
        System.exit(status);
    }

    /** Runs one command line with the given streams and environment; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
        CommandLine cli = commandLine(environment, args);
        cli.setOut(out);
        cli.setErr(err);
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    static CommandLine commandLine(Environment environment) {
        return commandLine(environment, new String[0]);
    }

    /**
     * The command line for these arguments. picocli reads every subcommand's annotations by reflection
     * when it is registered (about 0.4 CPU-s for all of them); when the first argument names a subcommand
     * only that one is registered, and {@code --version} alone needs none. Help and an unknown name get
     * them all.
     */
    static CommandLine commandLine(Environment environment, String[] args) {
        CommandLine cli = new CommandLine(new AwsRecipesCli(environment));
        String wanted = args.length > 0 && !args[0].startsWith("-") ? args[0] : null;
        List<Object> all = new ArrayList<>();
        for (List<Object> group : List.of(S3Commands.all(), Ec2Commands.all(), MonitoringCommands.all())) {
            all.addAll(group);
        }
        boolean versionOnly = Arrays.asList(args).equals(List.of("--version"))
                || Arrays.asList(args).equals(List.of("-V"));
        List<Object> chosen = all.stream().filter(c -> nameOf(c).equals(wanted)).toList();
        if (!versionOnly) {
            (chosen.isEmpty() ? all : chosen).forEach(cli::addSubcommand);
        }
        cli.setParameterExceptionHandler(AwsRecipesCli::badUsage);
        cli.setExecutionExceptionHandler(AwsRecipesCli::failed);
        return cli;
    }

    private static String nameOf(Object command) {
        Command annotation = command.getClass().getAnnotation(Command.class);
        return annotation == null ? "" : annotation.name();
    }

    /** The environment the session reads (AWS_ENDPOINT_URL, AWS_PROFILE, ...). */
    Environment environment() {
        return environment;
    }

    static AwsRecipesCli of(CommandSpec spec) {
        return (AwsRecipesCli) spec.root().userObject();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                new CommandLine(this), "a subcommand is required; see aws-recipes --help");
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        e.getCommandLine().getErr().println(e.getCommandLine().getCommandName() + ": " + e.getMessage());
        return BAD_INPUT;
    }

    private static int failed(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        String command = cli.getCommandName();
        if (e instanceof InvalidArgumentException invalid) {
            err.println(command + ": " + optionFor(cli, invalid.argument()) + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof AwsRecipesException) {
            // Our own message names the resource; the AWS code, when there is one, follows it.
            String code = AwsErrors.errorCode(e).map(c -> " (" + c + ")").orElse("");
            err.println(command + ": " + e.getMessage() + code);
        } else if (e instanceof SdkException || AwsErrors.errorCode(e).isPresent()) {
            err.println(command + ": AWS error: " + AwsErrors.describe(e));
        } else {
            err.println(command + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        if (parsed.hasMatchedOption("--debug")
                || parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug")) {
            e.printStackTrace(err);
        }
        return FAILED;
    }

    /**
     * The library names its arguments in Java (sshPort); when the command has the matching option
     * (--ssh-port), or names the option that carries that argument (keyFile is --public-key), the
     * message starts with it, so a shell user sees what to change.
     */
    private static String optionFor(CommandLine cli, String argument) {
        if (argument == null || argument.isBlank()) {
            return "";
        }
        if (cli.getCommand() instanceof RecipeCommand<?> recipe
                && recipe.optionsForArguments().containsKey(argument)) {
            return recipe.optionsForArguments().get(argument) + ": ";
        }
        String option = "--" + argument.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        boolean sameWord = option.equals("--" + argument);
        return !sameWord && cli.getCommandSpec().findOption(option) != null ? option + ": " : "";
    }

    /** slf4j-simple reads its settings once, so they are set before anything logs. */
    private static void configureLogging(boolean debug) {
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        if (debug) {
            System.setProperty("org.slf4j.simpleLogger.log.dev.awsrecipes", "debug");
        }
    }
}
