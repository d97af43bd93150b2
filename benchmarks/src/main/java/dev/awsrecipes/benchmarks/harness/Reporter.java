package dev.awsrecipes.benchmarks.harness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints a benchmark's table and writes its CSV, chart and Markdown section into the docs folder. */
public final class Reporter {
    private Reporter() {}

    /** Writes {@code <name>.csv}, {@code <name>.png} and {@code <name>.md}; prints the table. */
    public static void publish(Results results, Knobs knobs, PrintStream out) throws IOException {
        Path dir = knobs.docsDir();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(results.name() + ".csv"), Csv.format(results.rows()), StandardCharsets.UTF_8);
        Chart.write(results, dir.resolve(results.name() + ".png"));
        Files.writeString(dir.resolve(results.name() + ".md"), Markdown.section(results), StandardCharsets.UTF_8);
        out.println();
        out.println(Markdown.section(results));
        out.println("wrote " + dir.resolve(results.name() + ".csv") + " and .png");
    }
}
