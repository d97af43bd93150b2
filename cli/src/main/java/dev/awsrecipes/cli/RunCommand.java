package dev.awsrecipes.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aws-recipes run FILE|-}: many commands in one process, as s5cmd's {@code run} does, so the JVM
 * starts once for thousands of small commands and their sessions (clients, connections) are shared. Lines
 * are read as a shell would split them (quotes and backslashes, {@code #} comments, blank lines skipped),
 * without the {@code aws-recipes} word. Several lines run at the same time ({@code --parallel}); each
 * line's output is printed whole when it ends, so lines never interleave. Each failed line is named on
 * stderr with its exit status; the exit status is 1 when any line failed.
 */
@Command(
        name = "run",
        description = "Run many commands in one process, one per line of FILE (or of stdin with -), several at"
                + " once; each failed line is reported and the exit status is 1 if any failed.")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The commands, one per line without the aws-recipes word (e.g. cp a.txt s3://b/a.txt);"
                    + " - reads them from stdin.")
    String file;

    @Option(
            names = "--parallel",
            paramLabel = "N",
            defaultValue = "8",
            description =
                    "Lines run at the same time, 1 to 256; with 1 they run in order, each after the last" + " ended.")
    int parallel;

    @Override
    public Integer call() throws Exception {
        if (parallel < 1 || parallel > 256) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--parallel is " + parallel + "; give 1 to 256");
        }
        AwsRecipesCli root = AwsRecipesCli.of(spec);
        if ("-".equals(file) ? false : !Files.isReadable(Path.of(file))) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "FILE " + file + (Files.exists(Path.of(file)) ? " is not readable" : " does not exist"));
        }
        List<String> inherited = global.or(root.global()).asArguments();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger lines = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(parallel, runnable -> {
            Thread thread = new Thread(runnable, "aws-recipes-run");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore slots = new Semaphore(parallel * 2);
        List<Future<?>> pending = new ArrayList<>();
        try (SharedSessions sessions = new SharedSessions();
                BufferedReader reader = "-".equals(file)
                        ? new BufferedReader(new InputStreamReader(root.stdin(), StandardCharsets.UTF_8))
                        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                int lineNumber = ++number;
                String line = text;
                slots.acquire();
                pending.add(workers.submit(() -> {
                    try {
                        Line outcome = runLine(root, sessions, inherited, lineNumber, line);
                        if (outcome != null) {
                            lines.incrementAndGet();
                            report(out, err, outcome, failed);
                        }
                    } finally {
                        slots.release();
                    }
                }));
                pending.removeIf(Future::isDone);
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } finally {
            workers.shutdownNow();
        }
        if (failed.get() > 0) {
            err.println("run: " + failed.get() + " of " + lines.get() + " commands failed");
            err.flush();
            return AwsRecipesCli.FAILED;
        }
        return 0;
    }

    /** What one line printed and how it ended; null for a blank line or a comment. */
    private record Line(int number, String text, int status, String out, String err) {}

    private static Line runLine(
            AwsRecipesCli root, SharedSessions sessions, List<String> inherited, int number, String text) {
        List<String> words;
        try {
            words = ShellWords.split(text);
        } catch (IllegalArgumentException e) {
            return new Line(number, text, AwsRecipesCli.BAD_INPUT, "", "aws-recipes: " + e.getMessage() + "\n");
        }
        if (words.isEmpty()) {
            return null;
        }
        if (words.get(0).equals("run")) {
            return new Line(number, text, AwsRecipesCli.BAD_INPUT, "", "aws-recipes: run cannot run itself\n");
        }
        if (words.contains("-")) {
            return new Line(
                    number,
                    text,
                    AwsRecipesCli.BAD_INPUT,
                    "",
                    "aws-recipes: - (stdin or stdout) is not available inside run; give a file\n");
        }
        List<String> args = withInherited(words, inherited);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = root.runNested(args.toArray(String[]::new), sessions, new PrintWriter(out), new PrintWriter(err));
        return new Line(number, text, status, out.toString(), err.toString());
    }

    /** Options that take a value, among those {@code run} passes on. */
    private static final List<String> VALUED = List.of("--profile", "--region", "--endpoint-url");

    /**
     * The line's words and then the options given to {@code run} that the line does not give itself (picocli
     * refuses an option given twice, and the line's own choice wins).
     */
    static List<String> withInherited(List<String> words, List<String> inherited) {
        List<String> args = new ArrayList<>(words);
        for (int i = 0; i < inherited.size(); i++) {
            String option = inherited.get(i);
            boolean valued = VALUED.contains(option) && i + 1 < inherited.size();
            boolean given = words.stream().anyMatch(w -> w.equals(option) || w.startsWith(option + "="));
            if (!given) {
                args.add(option);
                if (valued) {
                    args.add(inherited.get(i + 1));
                }
            }
            if (valued) {
                i++;
            }
        }
        return args;
    }

    private static void report(PrintWriter out, PrintWriter err, Line line, AtomicInteger failed) {
        synchronized (out) {
            out.print(line.out());
            out.flush();
            err.print(line.err());
            if (line.status() != 0) {
                failed.incrementAndGet();
                err.println("run: line " + line.number() + " failed (exit " + line.status() + "): " + line.text());
            }
            err.flush();
        }
    }
}
