package dev.awsrecipes.benchmarks.harness;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a contender as its own process, timed from outside and wrapped in {@code /usr/bin/time -v} for
 * its peak resident set size.
 */
public final class Proc {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\):\\s*(\\d+)");

    /**
     * What one process did.
     *
     * @param exitCode its exit status
     * @param wallSeconds from start to exit, measured here
     * @param maxRssMib its peak resident set size (NaN when {@code /usr/bin/time} is missing)
     * @param stdout what it printed
     * @param stderr what it printed on stderr
     */
    public record Result(int exitCode, double wallSeconds, double maxRssMib, String stdout, String stderr) {

        public boolean ok() {
            return exitCode == 0;
        }

        /** The last line of stderr (or stdout) that is not a stack frame, for a failure message. */
        public String lastError() {
            String text = stderr.isBlank() ? stdout : stderr;
            String[] lines = text.strip().split("\n");
            // The last line that is not a stack frame: the root cause of a Java stack trace.
            String last = "";
            for (int i = lines.length - 1; i >= 0 && last.isEmpty(); i--) {
                if (!lines[i].strip().matches("at .*|\\.\\.\\. \\d+ more")) {
                    last = lines[i];
                }
            }
            return "exit " + exitCode + (last.isBlank() ? "" : ": " + abbreviate(last.strip(), 200));
        }
    }

    private Proc() {}

    /** Whether the command is found on the PATH (or is an executable path). */
    public static boolean available(String command) {
        if (command.contains("/")) {
            return Files.isExecutable(Path.of(command));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Runs the command with extra environment variables, killing it after the timeout. */
    public static Result run(List<String> command, Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        return run(command, env, List.of(), timeout);
    }

    /** Runs the command with extra environment variables and without the {@code unset} ones. */
    public static Result run(List<String> command, Map<String, String> env, List<String> unset, Duration timeout)
            throws IOException, InterruptedException {
        Path timeFile = Files.createTempFile("bench-time", ".txt");
        Path out = Files.createTempFile("bench-out", ".txt");
        Path err = Files.createTempFile("bench-err", ".txt");
        try {
            List<String> full = new ArrayList<>();
            boolean measured = Files.isExecutable(GNU_TIME);
            if (measured) {
                full.addAll(List.of(GNU_TIME.toString(), "-v", "-o", timeFile.toString()));
            }
            full.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(full)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().putAll(env);
            unset.forEach(pb.environment()::remove);
            long start = System.nanoTime();
            Process process = pb.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                return new Result(
                        124, timeout.toSeconds(), Double.NaN, "", "timed out after " + timeout.toSeconds() + " s");
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double rss = measured ? maxRssMib(Files.readString(timeFile, StandardCharsets.UTF_8)) : Double.NaN;
            return new Result(
                    process.exitValue(),
                    wall,
                    rss,
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(timeFile);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The peak RSS in MiB from {@code /usr/bin/time -v} output, NaN when it is not there. */
    public static double maxRssMib(String timeOutput) {
        Matcher m = MAX_RSS.matcher(timeOutput);
        return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
