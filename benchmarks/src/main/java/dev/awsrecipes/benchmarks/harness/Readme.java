package dev.awsrecipes.benchmarks.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Main: writes {@code docs/benchmarks/README.md} from the sections the benchmarks left there, with the
 * machine and the date. {@code BENCH_NOTE} adds a sentence (e.g. that the machine was busy).
 */
public final class Readme {
    static final List<String> ORDER = List.of("upload", "bucket-du", "find-all-running", "expiring-url");

    private Readme() {}

    public static void main(String[] args) throws IOException {
        Knobs knobs = Knobs.fromEnvironment();
        Path dir = knobs.docsDir();
        StringBuilder out = new StringBuilder();
        out.append("# Benchmarks\n\n");
        out.append("Measured by `scripts/bench` against a local LocalStack (")
                .append(knobs.endpoint())
                .append("); generated, do not edit by hand.\n\n");
        out.append("- date: ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append('\n');
        out.append("- mode: ")
                .append(knobs.quick() ? "quick (`BENCH_QUICK=1`: small sizes)" : "full (the issue's sizes)")
                .append(", ")
                .append(knobs.runs())
                .append(" measured runs per contender and case; the table shows medians\n");
        out.append(Machine.describe());
        String note = System.getenv("BENCH_NOTE");
        if (note != null && !note.isBlank()) {
            out.append("\n> **Note:** ").append(note.strip()).append("\n");
        }
        out.append("\n").append(HOW_TO_READ).append('\n');
        for (String name : ORDER) {
            Path section = dir.resolve(name + ".md");
            if (Files.exists(section)) {
                out.append(Files.readString(section, StandardCharsets.UTF_8)).append('\n');
            }
        }
        Files.writeString(dir.resolve("README.md"), out.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + dir.resolve("README.md"));
    }

    static final String HOW_TO_READ =
            """
            How to read the tables: *median* is the median time of one run; *vs ours* is that median divided \
            by ours on the same case (above 1× ours is faster, below 1× ours is slower); *rate* is the work \
            of one run over the median; *peak RSS* is the contender process's maximum resident set size \
            (`/usr/bin/time -v`); *peak heap* is the sum of the Java heap pools' peaks in that process (an \
            upper bound, Java contenders only); *requests* are HTTP requests per run (counted by an SDK \
            interceptor for Java contenders, computed for the CLI). Every contender runs in a process of its \
            own, and contenders take turns run by run so that a slow moment of the machine hits them alike.
            """;
}
