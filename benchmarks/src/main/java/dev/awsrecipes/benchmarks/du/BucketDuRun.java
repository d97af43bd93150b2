package dev.awsrecipes.benchmarks.du;

import dev.awsrecipes.benchmarks.harness.BenchSession;
import dev.awsrecipes.benchmarks.harness.Buckets;
import dev.awsrecipes.benchmarks.harness.ChildProtocol;
import dev.awsrecipes.benchmarks.harness.EmulatedLatency;
import dev.awsrecipes.benchmarks.harness.Knobs;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.S3Recipes;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Main, run in a JVM of its own by {@link BucketDuBenchmark}: sizes a bucket with one Java contender,
 * once to warm up and then {@code runs} times, reporting each run.
 *
 * <p>Arguments: {@code contender bucket runs parallelism [latencyMs]}; a positive {@code latencyMs} makes
 * every request wait that long before it is sent ({@link EmulatedLatency}), as a round trip to AWS would.
 */
public final class BucketDuRun {
    private BucketDuRun() {}

    public static void main(String[] args) {
        String contender = args[0];
        String bucket = args[1];
        int runs = Integer.parseInt(args[2]);
        int parallelism = Integer.parseInt(args[3]);
        long latencyMs = args.length > 4 ? Long.parseLong(args[4]) : 0;
        Knobs knobs = Knobs.fromEnvironment();
        BenchSession.RequestCounter counter = new BenchSession.RequestCounter();
        Aws.Builder builder = BenchSession.builder(knobs, counter);
        if (latencyMs > 0) {
            builder.addInterceptor(new EmulatedLatency(Duration.ofMillis(latencyMs)));
        }
        try (Aws aws = builder.build()) {
            ChildProtocol.measure(runs, counter, List.of("objects", "bytes"), () -> switch (contender) {
                case "ours" -> ours(aws, bucket, parallelism);
                case "paginator" -> paginator(aws, bucket);
                default -> throw new IllegalArgumentException("unknown contender " + contender);
            });
        }
    }

    private static long[] ours(Aws aws, String bucket, int parallelism) {
        BucketUsage usage = S3Recipes.using(aws).bucketDu(d -> d.bucket(bucket).parallelism(parallelism));
        return new long[] {usage.objects(), usage.bytes()};
    }

    /** The plain way: one ListObjectsV2 page after the other. */
    private static long[] paginator(Aws aws, String bucket) {
        long objects = 0;
        long bytes = 0;
        for (S3Object o :
                Buckets.s3(aws).listObjectsV2Paginator(r -> r.bucket(bucket)).contents()) {
            objects++;
            bytes += o.size();
        }
        return new long[] {objects, bytes};
    }
}
