package dev.awsrecipes.cli;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The shape of every subcommand: parse options, run one recipe in a session built from the global
 * options, and print its result — as JSON with {@code --json}, as text otherwise. Errors are turned
 * into one line on stderr and an exit status by {@link AwsRecipesCli}.
 *
 * @param <R> the result type; with {@code --json} it is serialized by Jackson, so records and maps
 *     shaped as CLI.md says
 */
public abstract class RecipeCommand<R> implements Callable<Integer> {
    @Mixin
    protected GlobalOptions global;

    @Spec
    protected CommandSpec spec;

    /** Checks the arguments; called before any session is built, so bad input never reaches AWS. */
    protected void validate() {}

    /** Runs the recipe. */
    protected abstract R run(Aws aws) throws Exception;

    /** Prints the result for a person. */
    protected abstract void printText(PrintWriter out, R result);

    /**
     * The options that carry library arguments of another name (the library's {@code keyFile} is
     * {@code --public-key}), so a bad-input message can start with the option to change. Options
     * named after their argument ({@code sshPort} and {@code --ssh-port}) are found without it.
     */
    protected Map<String, String> optionsForArguments() {
        return Map.of();
    }

    /** Lets a subcommand add to the session (accounts, interceptors). */
    protected Aws.Builder configure(Aws.Builder builder) {
        return builder;
    }

    /** Where progress and warnings go: stderr, so stdout stays clean for {@code --json}. */
    protected PrintWriter progress() {
        return spec.commandLine().getErr();
    }

    /** Progress shaped for stderr: a bar on a terminal, lines in a file, nothing with --quiet. */
    protected Progress showProgress() {
        AwsRecipesCli root = AwsRecipesCli.of(spec);
        return new Progress(progress(), Progress.mode(options().quiet(), root.stderrIsTerminal()), System::nanoTime);
    }

    /** The global options, wherever they stood: after the subcommand, or before it. */
    protected GlobalOptions options() {
        return global.or(AwsRecipesCli.of(spec).global());
    }

    /**
     * Standard output as bytes, for content that must arrive exactly (an object's body); what was
     * printed as text before is flushed first.
     */
    protected OutputStream stdout() {
        spec.commandLine().getOut().flush();
        return AwsRecipesCli.of(spec).stdout();
    }

    /** Standard input, for commands that pass it on (ssh); empty when the caller gave none. */
    protected InputStream stdin() {
        return AwsRecipesCli.of(spec).stdin();
    }

    /**
     * Whether stdin and stdout are a terminal ({@code System.console() != null} in the real process;
     * never in-process), the one case where an interactive shell may be opened.
     */
    protected boolean stdinIsTerminal() {
        return AwsRecipesCli.of(spec).stdinIsTerminal();
    }

    /** The environment the command line runs in ({@code TERM}, say). */
    protected Environment environment() {
        return AwsRecipesCli.of(spec).environment();
    }

    /**
     * This command as a user would type it again, quoted for a shell: its name, {@code words}, the
     * session options given (profile, region, endpoint), then {@code extra}; for "resume with" advice.
     */
    protected String commandLine(List<String> words, String... extra) {
        List<String> line = new ArrayList<>(List.of("aws-recipes", spec.name()));
        line.addAll(words);
        line.addAll(options().sessionArguments());
        line.addAll(List.of(extra));
        return ShellWords.line(line);
    }

    @Override
    public final Integer call() throws Exception {
        validate();
        AwsRecipesCli root = AwsRecipesCli.of(spec);
        GlobalOptions options = options();
        Aws.Builder session = options.sessionBuilder(root.environment()).waitListener(new WaitProgress(showProgress()));
        SharedSessions shared = root.sharedSessions();
        if (shared != null && sharesSession()) {
            return runWith(shared.session(options, () -> configure(session).build()), options);
        }
        try (Aws aws = configure(session).build()) {
            return runWith(aws, options);
        }
    }

    private int runWith(Aws aws, GlobalOptions options) throws Exception {
        R result = run(aws);
        PrintWriter out = resultWriter();
        if (options.json()) {
            out.println(jsonLines() ? Json.line(jsonView(result)) : Json.write(jsonView(result)));
        } else {
            printText(out, result);
        }
        out.flush();
        return exitCode(result);
    }

    /**
     * Whether {@code --json} output is JSON Lines (one object a line, as the steps of cp, mv, rm and sync and
     * the entries of ls stream), so the result at the end is one line too; else one indented document.
     */
    protected boolean jsonLines() {
        return false;
    }

    /**
     * Whether, inside {@code run}, this command may use the session other lines with the same options use;
     * false for a command that {@link #configure configures} its session differently.
     */
    protected boolean sharesSession() {
        return true;
    }

    /** Where the result is printed: stdout, unless stdout carries the data itself. */
    protected PrintWriter resultWriter() {
        return spec.commandLine().getOut();
    }

    /**
     * What {@code --json} prints; the result itself unless the subcommand shapes it. A subcommand
     * shapes it as a record of its own, conventionally {@code Json}: its components are the document's
     * fields, written in order, so the contract of CLI.md reads as one declaration.
     */
    protected Object jsonView(R result) {
        return result;
    }

    /** The exit status for a result that was produced; 0 unless the subcommand says otherwise. */
    protected int exitCode(R result) {
        return 0;
    }
}
