package dev.awsrecipes.benchmarks.du;

import dev.awsrecipes.benchmarks.harness.Buckets;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/** The buckets of many tiny objects that bucketDu is measured on: made once, reused, deleted at the end. */
final class DuBuckets {
    private DuBuckets() {}

    /** The bucket for a size; the same name on every run so a kept bucket is reused. */
    static String name(long objects) {
        return "bench-du-" + objects;
    }

    /** The key of object {@code i}: spread over 16 prefixes, as real keys are. */
    static String key(long i) {
        return String.format(Locale.ROOT, "%x/obj-%07d", i % 16, i);
    }

    /** The size of object {@code i}, 1 to 100 bytes. */
    static int size(long i) {
        return (int) (i % 100) + 1;
    }

    /** The total bytes of a bucket of {@code n} objects. */
    static long expectedBytes(long n) {
        long bytes = 0;
        for (long i = 0; i < n; i++) {
            bytes += size(i);
        }
        return bytes;
    }

    /** Makes the bucket hold exactly its objects, reusing one that already does. */
    static void ensure(Aws aws, long n) throws Exception {
        String bucket = name(n);
        S3Client s3 = Buckets.s3(aws);
        if (count(s3, bucket) == n) {
            System.out.printf(Locale.ROOT, "bucket-du: reusing %s (%,d objects)%n", bucket, n);
            return;
        }
        Buckets.deleteWithContents(aws, bucket);
        S3Recipes.using(aws).createBucket(bucket);
        System.out.printf(Locale.ROOT, "bucket-du: filling %s with %,d objects%n", bucket, n);
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<?>> batches = new ArrayList<>();
            int batch = 250;
            for (long from = 0; from < n; from += batch) {
                long first = from;
                long last = Math.min(n, from + batch);
                batches.add(pool.submit(() -> {
                    for (long i = first; i < last; i++) {
                        long index = i;
                        s3.putObject(
                                p -> p.bucket(bucket).key(key(index)), RequestBody.fromBytes(new byte[size(index)]));
                    }
                    long d = done.addAndGet(last - first);
                    if (d % 10_000 < batch) {
                        System.out.printf(Locale.ROOT, "bucket-du: %,d of %,d objects%n", d, n);
                    }
                }));
            }
            for (Future<?> f : batches) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf(Locale.ROOT, "bucket-du: filled %s in %.0f s%n", bucket, (System.nanoTime() - start) / 1e9);
    }

    private static long count(S3Client s3, String bucket) {
        try {
            long n = 0;
            for (var page : s3.listObjectsV2Paginator(r -> r.bucket(bucket))) {
                n += page.keyCount();
            }
            return n;
        } catch (NoSuchBucketException e) {
            return -1;
        }
    }
}
