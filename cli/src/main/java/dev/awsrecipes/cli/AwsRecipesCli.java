package dev.awsrecipes.cli;

import dev.awsrecipes.cli.ec2.AddTagsCommand;
import dev.awsrecipes.cli.ec2.CloneInstanceCommand;
import dev.awsrecipes.cli.ec2.ConsoleOutputCommand;
import dev.awsrecipes.cli.ec2.CreateVolumeCommand;
import dev.awsrecipes.cli.ec2.ElasticIpCommand;
import dev.awsrecipes.cli.ec2.FindByTagCommand;
import dev.awsrecipes.cli.ec2.FindRunningCommand;
import dev.awsrecipes.cli.ec2.ImportKeypairCommand;
import dev.awsrecipes.cli.ec2.LaunchInstanceCommand;
import dev.awsrecipes.cli.ec2.LifecycleCommand;
import dev.awsrecipes.cli.ec2.OpenPortCommand;
import dev.awsrecipes.cli.ec2.RestoreVolumeCommand;
import dev.awsrecipes.cli.ec2.SnapshotVolumesCommand;
import dev.awsrecipes.cli.ec2.SshCommand;
import dev.awsrecipes.cli.ec2.SshGetCommand;
import dev.awsrecipes.cli.ec2.SshPutCommand;
import dev.awsrecipes.cli.ec2.SyncKeypairsCommand;
import dev.awsrecipes.cli.ec2.UserDataCommand;
import dev.awsrecipes.cli.monitoring.AlarmActionsCommand;
import dev.awsrecipes.cli.monitoring.AlarmHistoryCommand;
import dev.awsrecipes.cli.monitoring.CreateAlarmCommand;
import dev.awsrecipes.cli.monitoring.CreateTopicCommand;
import dev.awsrecipes.cli.monitoring.EasyAlarmCommand;
import dev.awsrecipes.cli.monitoring.EnableMonitoringCommand;
import dev.awsrecipes.cli.monitoring.ListSubscriptionsCommand;
import dev.awsrecipes.cli.monitoring.MetricsCommand;
import dev.awsrecipes.cli.monitoring.PublishDiskUsageCommand;
import dev.awsrecipes.cli.monitoring.PutMetricCommand;
import dev.awsrecipes.cli.monitoring.RestrictedUserCommand;
import dev.awsrecipes.cli.monitoring.SetAlarmStateCommand;
import dev.awsrecipes.cli.monitoring.StatusCheckAlarmsCommand;
import dev.awsrecipes.cli.monitoring.SubscribeCommand;
import dev.awsrecipes.cli.s3.AccessLoggingCommand;
import dev.awsrecipes.cli.s3.BucketDuCommand;
import dev.awsrecipes.cli.s3.CopyObjectCommand;
import dev.awsrecipes.cli.s3.CpCommand;
import dev.awsrecipes.cli.s3.CreateBucketCommand;
import dev.awsrecipes.cli.s3.DeleteBucketCommand;
import dev.awsrecipes.cli.s3.DownloadCommand;
import dev.awsrecipes.cli.s3.ExpiringUrlCommand;
import dev.awsrecipes.cli.s3.GetObjectCommand;
import dev.awsrecipes.cli.s3.ListVersionsCommand;
import dev.awsrecipes.cli.s3.MvCommand;
import dev.awsrecipes.cli.s3.ObjectInfoCommand;
import dev.awsrecipes.cli.s3.PutObjectCommand;
import dev.awsrecipes.cli.s3.SetMetadataCommand;
import dev.awsrecipes.cli.s3.StaleUploadsCommand;
import dev.awsrecipes.cli.s3.StorageClassCommand;
import dev.awsrecipes.cli.s3.UploadCommand;
import dev.awsrecipes.cli.s3.UploadTreeCommand;
import dev.awsrecipes.cli.s3.VersioningCommand;
import dev.awsrecipes.cli.s3.WebsiteCommand;
import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.core.InvalidArgumentException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The {@code aws-recipes} command line: one subcommand per recipe (CLI.md). Exit status 0 on success
 * and for help; 2 with one line on stderr for bad input; 1 with one line on stderr for an AWS or other
 * failure. Global options may stand before or after the subcommand.
 */
@Command(
        name = "aws-recipes",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        description = "Everyday AWS chores, one command each. Global options may stand before or after the"
                + " command; `aws-recipes help COMMAND` or `aws-recipes COMMAND --help` shows a command's options.",
        subcommandsRepeatable = false)
public final class AwsRecipesCli implements Runnable {
    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit status for a failure of AWS or the machine. */
    public static final int FAILED = 1;

    @Mixin
    GlobalOptions global;

    private final Environment environment;
    private final Streams streams;
    private final SharedSessions sharedSessions;

    private AwsRecipesCli(Environment environment, Streams streams, SharedSessions sharedSessions) {
        this.environment = environment;
        this.streams = streams;
        this.sharedSessions = sharedSessions;
    }

    /**
     * The process's raw streams and what they are connected to.
     *
     * @param stdin standard input, for commands that pass it on (ssh)
     * @param stdinIsTerminal whether stdin and stdout are a terminal ({@code System.console() != null}),
     *     so ssh may open an interactive shell
     * @param stdout the raw stream under the text writer, for commands that write bytes (get-object)
     * @param stderrIsTerminal whether stderr is a terminal, so progress may redraw a bar
     */
    record Streams(InputStream stdin, boolean stdinIsTerminal, OutputStream stdout, boolean stderrIsTerminal) {}

    public static void main(String[] args) {
        configureLogging(Arrays.asList(args));
        // Straight to file descriptor 1: System.out would swallow a write error (a full disk, a closed
        // pipe), and stdout must carry an object's bytes exactly, whatever the locale's charset.
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        // Unbuffered, straight from file descriptor 0: an interactive shell sends each key as it comes.
        Streams streams = new Streams(
                new FileInputStream(FileDescriptor.in), System.console() != null, stdout, Terminal.stderrIsTerminal());
        int status = run(args, streams, out, err, Environment.system());
        System.exit(status);
    }

    /**
     * Runs one command line with the given streams and environment and no standard input; returns the
     * exit status.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
        return run(args, InputStream.nullInputStream(), out, err, environment);
    }

    /**
     * Runs one command line with this standard input (not a terminal), the given streams and
     * environment; returns the exit status.
     */
    public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, Environment environment) {
        return run(args, new Streams(stdin, false, new WriterOutputStream(out), false), out, err, environment);
    }

    /** Runs one command line over these streams; {@code out} and {@code err} are the text writers. */
    static int run(String[] args, Streams streams, PrintWriter out, PrintWriter err, Environment environment) {
        for (String arg : args) {
            if (arg.indexOf('\uFFFD') >= 0) {
                // The JVM decoded argv in a locale that cannot hold it: the key or file name is lost.
                err.println("aws-recipes: " + Check.unrepresentable("argument \"" + arg + "\""));
                err.flush();
                return BAD_INPUT;
            }
        }
        return execute(new AwsRecipesCli(environment, streams, null), args, out, err);
    }

    /**
     * Runs one line of {@code run} in this process: no standard input, output into the given writers, and
     * the sessions of the run shared.
     */
    int runNested(String[] args, SharedSessions sessions, PrintWriter out, PrintWriter err) {
        Streams nested = new Streams(InputStream.nullInputStream(), false, new WriterOutputStream(out), false);
        return execute(new AwsRecipesCli(environment, nested, sessions), args, out, err);
    }

    private static int execute(AwsRecipesCli root, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(root, args);
        cli.setOut(out);
        cli.setErr(err);
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    static CommandLine commandLine(Environment environment) {
        return commandLine(
                new AwsRecipesCli(
                        environment,
                        new Streams(InputStream.nullInputStream(), false, OutputStream.nullOutputStream(), false),
                        null),
                new String[0]);
    }

    /**
     * The command line for these arguments. picocli reads every subcommand's annotations by reflection
     * when it is registered (about 0.4 CPU-s for all of them); when the first argument names a subcommand
     * only that one is registered, and {@code --version} alone needs none. Help and an unknown name get
     * them all.
     */
    private static CommandLine commandLine(AwsRecipesCli root, String[] args) {
        CommandLine cli = new CommandLine(root);
        String wanted = args.length > 0 && !args[0].startsWith("-") ? args[0] : null;
        List<Object> all = recipeCommands();
        boolean versionOnly = Arrays.asList(args).equals(List.of("--version"))
                || Arrays.asList(args).equals(List.of("-V"));
        List<Object> chosen = all.stream().filter(c -> nameOf(c).equals(wanted)).toList();
        if (!versionOnly) {
            (chosen.isEmpty() ? all : chosen).forEach(cli::addSubcommand);
        }
        cli.addSubcommand(new WhoamiCommand());
        cli.addSubcommand(new CompletionCommand());
        if (!versionOnly && (wanted == null || wanted.equals("run") || chosen.isEmpty())) {
            cli.addSubcommand(new RunCommand());
        }
        cli.addSubcommand("help", new CommandLine.HelpCommand());
        // Every duration option reads CLI.md's forms (30s, 5m, 2h, 7d, PT30S), not only picocli's ISO-8601.
        cli.registerConverter(Duration.class, new Converters.DurationConverter());
        cli.setParameterExceptionHandler(AwsRecipesCli::badUsage);
        cli.setExecutionExceptionHandler(AwsRecipesCli::failed);
        // Last: help, defaults and examples for every subcommand registered above.
        UsageHelp.install(cli);
        return cli;
    }

    /**
     * Every recipe's subcommand, in the order the help lists them; the help groups them by service
     * from their package. A new subcommand is one line here.
     */
    private static List<Object> recipeCommands() {
        return List.of(
                // S3: buckets and objects
                new CreateBucketCommand(),
                new PutObjectCommand(),
                new GetObjectCommand(),
                new ObjectInfoCommand(),
                new BucketDuCommand(),
                new CopyObjectCommand(),
                new SetMetadataCommand(),
                new StorageClassCommand(),
                new AccessLoggingCommand(),
                new ExpiringUrlCommand(),
                new VersioningCommand(),
                new ListVersionsCommand(),
                new WebsiteCommand(),
                new DeleteBucketCommand(),
                // S3: the transfer engine
                new UploadCommand(),
                new DownloadCommand(),
                new CpCommand(),
                new MvCommand(),
                new UploadTreeCommand(),
                new StaleUploadsCommand(),
                // EC2: launching and reaching instances
                new LaunchInstanceCommand(),
                new AddTagsCommand(),
                new FindByTagCommand(),
                new ConsoleOutputCommand(),
                new ImportKeypairCommand(),
                new SyncKeypairsCommand(),
                new OpenPortCommand(),
                new SshCommand(),
                new SshPutCommand(),
                new SshGetCommand(),
                // EC2: running instances and their volumes
                new FindRunningCommand(),
                new CloneInstanceCommand(),
                new SnapshotVolumesCommand(),
                new RestoreVolumeCommand(),
                new CreateVolumeCommand(),
                new ElasticIpCommand(),
                new LifecycleCommand.Start(),
                new LifecycleCommand.Stop(),
                new LifecycleCommand.Terminate(),
                new UserDataCommand(),
                // Monitoring: CloudWatch, SNS, IAM
                new EnableMonitoringCommand(),
                new MetricsCommand(),
                new CreateTopicCommand(),
                new SubscribeCommand(),
                new ListSubscriptionsCommand(),
                new CreateAlarmCommand(),
                new SetAlarmStateCommand(),
                new AlarmHistoryCommand(),
                new EasyAlarmCommand(),
                new PutMetricCommand(),
                new RestrictedUserCommand(),
                new PublishDiskUsageCommand(),
                new AlarmActionsCommand(),
                new StatusCheckAlarmsCommand());
    }

    private static String nameOf(Object command) {
        Command annotation = command.getClass().getAnnotation(Command.class);
        return annotation == null ? "" : annotation.name();
    }

    /** The sessions shared by the lines of a {@code run}, or null outside one. */
    SharedSessions sharedSessions() {
        return sharedSessions;
    }

    /** The environment the session reads (AWS_ENDPOINT_URL, AWS_PROFILE, ...). */
    Environment environment() {
        return environment;
    }

    /** The raw standard output, for bytes. */
    OutputStream stdout() {
        return streams.stdout();
    }

    /** Whether stderr is a terminal, so progress may redraw a bar. */
    boolean stderrIsTerminal() {
        return streams.stderrIsTerminal();
    }

    /** Standard input, for commands that pass it on. */
    InputStream stdin() {
        return streams.stdin();
    }

    /** Whether stdin and stdout are a terminal, so an interactive shell can be opened. */
    boolean stdinIsTerminal() {
        return streams.stdinIsTerminal();
    }

    /** The global options given before the subcommand. */
    GlobalOptions global() {
        return global;
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

    /**
     * slf4j-simple reads its settings once, so they are set before anything logs. The library's log
     * reaches stderr only when asked for (--verbose: INFO, --debug: DEBUG and the wire log); otherwise a
     * library warning would land in the middle of a progress bar, next to the one error line.
     */
    private static void configureLogging(List<String> args) {
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        boolean debug = args.contains("--debug");
        boolean verbose = args.contains("--verbose");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug || verbose ? "warn" : "off");
        // sshj (E15) logs a refused host key at ERROR itself; our one line says it, with both fingerprints.
        System.setProperty("org.slf4j.simpleLogger.log.net.schmizz", debug ? "info" : "off");
        if (debug || verbose) {
            System.setProperty("org.slf4j.simpleLogger.log.dev.awsrecipes", debug ? "debug" : "info");
        }
    }
}
