package dev.awsrecipes.benchmarks.url;

import dev.awsrecipes.benchmarks.harness.BenchSession;
import dev.awsrecipes.benchmarks.harness.ChildProtocol;
import dev.awsrecipes.benchmarks.harness.Knobs;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntToLongFunction;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Main, run in a JVM of its own pinned to one core by {@link ExpiringUrlBenchmark}: makes presigned GET
 * URLs in one thread for a warm-up period, then counts them over several equal windows.
 *
 * <p>Arguments: {@code contender warmupSeconds windowSeconds windows}.
 */
public final class ExpiringUrlRun {
    static final String BUCKET = "bench-presign";
    private static final Duration EXPIRES = Duration.ofMinutes(15);

    private ExpiringUrlRun() {}

    public static void main(String[] args) {
        String contender = args[0];
        double warmup = Double.parseDouble(args[1]);
        double window = Double.parseDouble(args[2]);
        int windows = Integer.parseInt(args[3]);
        Knobs knobs = Knobs.fromEnvironment();
        try (Aws aws =
                BenchSession.builder(knobs, new BenchSession.RequestCounter()).build()) {
            IntToLongFunction oneUrl =
                    switch (contender) {
                        case "ours" -> ours(aws);
                        case "naive" -> naive(knobs);
                        default -> throw new IllegalArgumentException("unknown contender " + contender);
                    };
            long sink = loop(oneUrl, warmup, 0)[1];
            for (int w = 0; w < windows; w++) {
                ChildProtocol.resetPeakHeap();
                long[] done = loop(oneUrl, window, w * 1_000_000);
                sink += done[1];
                double seconds = done[2] / 1e9;
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("seconds", seconds / done[0]); // per URL
                result.put("urls", done[0]);
                result.put("heap", ChildProtocol.peakHeapMib());
                System.out.println(ChildProtocol.line(result));
            }
            System.out.println("checksum " + sink);
        }
    }

    /**
     * Makes URLs until {@code seconds} of this process's CPU time have passed: {count, sum of URL lengths,
     * CPU nanos}. CPU time, not wall time, because the machine may be shared: time the core spent on other
     * processes must not count against a contender. It includes this JVM's GC and JIT work.
     */
    private static long[] loop(IntToLongFunction oneUrl, double seconds, int firstKey) {
        long start = processCpuNanos();
        long deadline = start + (long) (seconds * 1e9);
        long count = 0;
        long sink = 0;
        long now;
        do {
            sink += oneUrl.applyAsLong(firstKey + (int) count);
            count++;
            now = (count & 15) == 0 ? processCpuNanos() : start;
        } while (now < deadline);
        return new long[] {count, sink, now - start};
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Ours: the recipe, over the session's one shared presigner. */
    private static IntToLongFunction ours(Aws aws) {
        S3Recipes s3 = S3Recipes.using(aws);
        return i -> s3.expiringUrl(BUCKET, "k/" + i, EXPIRES).url().toString().length();
    }

    /** The SDK presigner used naively: built, used once and closed for every URL. */
    private static IntToLongFunction naive(Knobs knobs) {
        StaticCredentialsProvider credentials =
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        return i -> {
            try (S3Presigner presigner = S3Presigner.builder()
                    .region(Region.of(knobs.region()))
                    .credentialsProvider(credentials)
                    .endpointOverride(URI.create(knobs.endpoint()))
                    .serviceConfiguration(S3Configuration.builder()
                            .pathStyleAccessEnabled(true)
                            .build())
                    .build()) {
                return presigner
                        .presignGetObject(r -> r.signatureDuration(EXPIRES)
                                .getObjectRequest(g -> g.bucket(BUCKET).key("k/" + i)))
                        .url()
                        .toString()
                        .length();
            }
        };
    }
}
