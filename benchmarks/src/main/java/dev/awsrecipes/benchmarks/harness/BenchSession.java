package dev.awsrecipes.benchmarks.harness;

import dev.awsrecipes.core.AccountSet;
import dev.awsrecipes.core.Aws;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Sessions against LocalStack for the Java contenders, counting the HTTP requests they send. */
public final class BenchSession {
    private BenchSession() {}

    /** Counts every HTTP request sent (each retry attempt too). Thread-safe. */
    public static final class RequestCounter implements ExecutionInterceptor {
        private final AtomicLong count = new AtomicLong();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            count.incrementAndGet();
        }

        /** Requests so far. */
        public long count() {
            return count.get();
        }

        /** Returns the count and starts again from zero. */
        public long reset() {
            return count.getAndSet(0);
        }
    }

    /** A session for the default account ({@code test}, or {@code BENCH_ACCESS_KEY}) at the endpoint. */
    public static Aws.Builder builder(Knobs knobs, RequestCounter counter) {
        return Aws.builder()
                .endpoint(knobs.endpoint())
                .region(knobs.region())
                .credentials(accessKey(), secretKey())
                .addInterceptor(counter);
    }

    /** The access key: {@code BENCH_ACCESS_KEY} (versitygw's), else LocalStack's {@code test}. */
    public static String accessKey() {
        return System.getenv().getOrDefault("BENCH_ACCESS_KEY", "test");
    }

    /** The secret key: {@code BENCH_SECRET_KEY}, else LocalStack's {@code test}. */
    public static String secretKey() {
        return System.getenv().getOrDefault("BENCH_SECRET_KEY", "test");
    }

    /** A session over several accounts (multi-account recipes). */
    public static Aws.Builder builder(Knobs knobs, RequestCounter counter, AccountSet accounts) {
        return builder(knobs, counter).accounts(accounts);
    }
}
