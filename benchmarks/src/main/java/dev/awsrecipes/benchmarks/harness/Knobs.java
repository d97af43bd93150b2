package dev.awsrecipes.benchmarks.harness;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The size knobs and places of a benchmark run, read from environment variables so that
 * {@code scripts/bench} (and a person) can make a quick run: {@code BENCH_QUICK=1}.
 *
 * @param quick small sizes, for a run of a few minutes
 * @param runs measured runs per contender and case (at least 3)
 * @param endpoint LocalStack
 * @param region the region the S3 benchmarks use
 * @param docsDir where CSV, PNG and Markdown go
 * @param tmpDir where test files are generated
 * @param concurrency parallel requests for every contender that lets it be set
 * @param partSizeMib part size for every multipart contender that lets it be set
 * @param cliJar the shaded command-line jar of the cli module
 * @param awsCli the AWS CLI to compare with (Debian's)
 * @param rclone rclone
 */
public record Knobs(
        boolean quick,
        int runs,
        String endpoint,
        String region,
        Path docsDir,
        Path tmpDir,
        int concurrency,
        int partSizeMib,
        Path cliJar,
        String awsCli,
        String rclone) {

    /** From the process environment. */
    public static Knobs fromEnvironment() {
        return from(System.getenv());
    }

    /** From the given variables; everything has a default. */
    public static Knobs from(Map<String, String> env) {
        boolean quick = isTrue(env.get("BENCH_QUICK"));
        int runs = Math.max(3, intValue(env, "BENCH_RUNS", 3));
        return new Knobs(
                quick,
                runs,
                env.getOrDefault("BENCH_ENDPOINT", "http://127.0.0.1:4566"),
                env.getOrDefault("BENCH_REGION", "us-east-1"),
                Path.of(env.getOrDefault("BENCH_DOCS_DIR", "docs/benchmarks")),
                Path.of(env.getOrDefault("BENCH_TMP_DIR", System.getProperty("java.io.tmpdir"))),
                intValue(env, "BENCH_CONCURRENCY", 8),
                intValue(env, "BENCH_PART_SIZE_MIB", 16),
                Path.of(env.getOrDefault("BENCH_CLI_JAR", "cli/target/aws-recipes.jar")),
                env.getOrDefault("BENCH_AWS_CLI", "/usr/bin/aws"),
                env.getOrDefault("BENCH_RCLONE", "/usr/bin/rclone"));
    }

    /** A comma-separated list of integers from a variable, or the default. */
    public static long[] longs(Map<String, String> env, String name, long... defaults) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaults;
        }
        String[] parts = value.split(",");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Long.parseLong(parts[i].trim());
        }
        return out;
    }

    static int intValue(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    static boolean isTrue(String value) {
        return value != null
                && Map.of("1", true, "true", true, "yes", true).containsKey(value.toLowerCase(Locale.ROOT));
    }
}
