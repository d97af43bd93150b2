package dev.awsrecipes.benchmarks.du;

import dev.awsrecipes.benchmarks.harness.BenchSession;
import dev.awsrecipes.benchmarks.harness.Buckets;
import dev.awsrecipes.benchmarks.harness.ChildProtocol;
import dev.awsrecipes.benchmarks.harness.EmulatedLatency;
import dev.awsrecipes.benchmarks.harness.Fork;
import dev.awsrecipes.benchmarks.harness.Knobs;
import dev.awsrecipes.benchmarks.harness.Measurement;
import dev.awsrecipes.benchmarks.harness.Proc;
import dev.awsrecipes.benchmarks.harness.Reporter;
import dev.awsrecipes.benchmarks.harness.Results;
import dev.awsrecipes.core.Aws;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Main: benchmark 2, the size of a bucket of many small objects — our bucketDu against one
 * ListObjectsV2 page after another and {@code aws s3 ls --recursive --summarize}. Requests are counted.
 */
public final class BucketDuBenchmark {
    static final String OURS = "ours (bucketDu)";
    private static final Duration TIMEOUT = Duration.ofMinutes(20);
    private static final Pattern TOTAL_OBJECTS = Pattern.compile("Total Objects:\\s*(\\d+)");
    private static final Pattern TOTAL_SIZE = Pattern.compile("Total Size:\\s*(\\d+)");

    private BucketDuBenchmark() {}

    public static void main(String[] args) throws Exception {
        Knobs knobs = Knobs.fromEnvironment();
        long[] sizes = Knobs.longs(
                System.getenv(),
                "BENCH_DU_OBJECTS",
                knobs.quick() ? new long[] {1_000, 5_000} : new long[] {10_000, 100_000});
        boolean keep = "1".equals(System.getenv("BENCH_KEEP_BUCKETS"));
        long latencyMs = EmulatedLatency.millisFrom(System.getenv());
        Results results = new Results("bucket-du", "bucketDu: size of a bucket of small objects", OURS);
        try (Aws aws =
                BenchSession.builder(knobs, new BenchSession.RequestCounter()).build()) {
            try {
                for (long n : sizes) {
                    DuBuckets.ensure(aws, n);
                    measure(knobs, results, n);
                    if (latencyMs > 0) {
                        measureWithLatency(knobs, results, n, latencyMs);
                    }
                }
            } finally {
                if (!keep) {
                    for (long n : sizes) {
                        Buckets.deleteWithContents(aws, DuBuckets.name(n));
                    }
                }
            }
        }
        results.note("Java contenders run in a JVM of their own: one warm-up run, then the measured runs;"
                + " the AWS CLI is a fresh process per run (its Python start-up included).");
        results.note("ours lists with parallelism " + knobs.concurrency()
                + "; requests for the AWS CLI are computed as ceil(objects / 1000) pages.");
        if (latencyMs > 0) {
            results.note(EmulatedLatency.note(latencyMs)
                    + " The AWS CLI cannot be given the interceptor, so it is left out of that case.");
        }
        Reporter.publish(results, knobs, System.out);
    }

    /** The two Java contenders again, every request delayed as a network round trip would delay it. */
    private static void measureWithLatency(Knobs knobs, Results results, long n, long latencyMs) throws Exception {
        String caseName = String.format(Locale.ROOT, "%,d objects, %s", n, EmulatedLatency.caseLabel(latencyMs));
        String settings = ", " + EmulatedLatency.label(latencyMs);
        String bucket = DuBuckets.name(n);
        long bytes = DuBuckets.expectedBytes(n);
        java(
                knobs,
                results.add(caseName, OURS, "parallelism " + knobs.concurrency() + settings),
                "ours",
                bucket,
                n,
                bytes,
                latencyMs);
        java(
                knobs,
                results.add(caseName, "sequential ListObjectsV2 paginator", "1 page at a time" + settings),
                "paginator",
                bucket,
                n,
                bytes,
                latencyMs);
    }

    private static void measure(Knobs knobs, Results results, long n) throws Exception {
        String caseName = String.format(Locale.ROOT, "%,d objects", n);
        String bucket = DuBuckets.name(n);
        long bytes = DuBuckets.expectedBytes(n);
        java(knobs, results.add(caseName, OURS, "parallelism " + knobs.concurrency()), "ours", bucket, n, bytes, 0);
        java(
                knobs,
                results.add(caseName, "sequential ListObjectsV2 paginator", "1 page at a time"),
                "paginator",
                bucket,
                n,
                bytes,
                0);
        awsCli(
                knobs,
                results.add(caseName, "AWS CLI (aws s3 ls --recursive --summarize)", "1 page at a time"),
                bucket,
                n,
                bytes);
    }

    private static void java(
            Knobs knobs, Measurement m, String contender, String bucket, long n, long bytes, long latencyMs)
            throws Exception {
        Proc.Result r = Fork.run(
                List.of(),
                BucketDuRun.class,
                List.of(
                        contender,
                        bucket,
                        Integer.toString(knobs.runs()),
                        Integer.toString(knobs.concurrency()),
                        Long.toString(latencyMs)),
                TIMEOUT);
        if (!r.ok()) {
            m.failed(r.lastError());
            return;
        }
        m.peakRssMib(r.maxRssMib());
        for (Map<String, String> run : ChildProtocol.parse(r.stdout())) {
            long objects = Long.parseLong(run.get("objects"));
            long counted = Long.parseLong(run.get("bytes"));
            if (objects != n || counted != bytes) {
                m.failed("counted " + objects + " objects, " + counted + " bytes; expected " + n + ", " + bytes);
                return;
            }
            m.addReported(run);
        }
        print(m);
    }

    private static void awsCli(Knobs knobs, Measurement m, String bucket, long n, long bytes) throws Exception {
        if (!Proc.available(knobs.awsCli())) {
            m.notAvailable(knobs.awsCli() + " not installed");
            return;
        }
        Map<String, String> env = Map.of(
                "AWS_ACCESS_KEY_ID", "test",
                "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_DEFAULT_REGION", knobs.region(),
                "AWS_CONFIG_FILE", "/dev/null",
                "AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        for (int run = 1; run <= knobs.runs(); run++) {
            Proc.Result r = Proc.run(
                    List.of(
                            knobs.awsCli(),
                            "--endpoint-url",
                            knobs.endpoint(),
                            "s3",
                            "ls",
                            "s3://" + bucket,
                            "--recursive",
                            "--summarize"),
                    env,
                    TIMEOUT);
            if (!r.ok()) {
                m.failed(r.lastError());
                return;
            }
            long objects = total(TOTAL_OBJECTS, r.stdout());
            long counted = total(TOTAL_SIZE, r.stdout());
            if (objects != n || counted != bytes) {
                m.failed("reported " + objects + " objects, " + counted + " bytes; expected " + n + ", " + bytes);
                return;
            }
            m.addRun(r.wallSeconds());
            m.peakRssMib(r.maxRssMib());
        }
        m.requests(pages(n));
        print(m);
    }

    /** ListObjectsV2 pages of at most 1,000 keys. */
    static long pages(long objects) {
        return Math.max(1, (objects + 999) / 1000);
    }

    static long total(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static void print(Measurement m) {
        System.out.printf(
                Locale.ROOT,
                "bucket-du %s %-45s median %.3f s over %d runs, %d requests%n",
                m.caseName(),
                m.contender(),
                m.medianSeconds(),
                m.seconds().size(),
                m.requests());
    }
}
