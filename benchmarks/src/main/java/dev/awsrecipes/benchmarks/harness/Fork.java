package dev.awsrecipes.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts a benchmark main in a fresh JVM of its own, so its time and memory are its own. */
public final class Fork {
    private Fork() {}

    /** The java launcher of this JVM. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java <jvmArgs> -cp <this classpath> <main> <args>}. */
    public static List<String> command(List<String> jvmArgs, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return command;
    }

    /** Runs it and returns what the process did; its RESULT lines are in {@code stdout}. */
    public static Proc.Result run(List<String> jvmArgs, Class<?> main, List<String> args, Duration timeout)
            throws IOException, InterruptedException {
        return Proc.run(command(jvmArgs, main, args), Map.of(), timeout);
    }
}
