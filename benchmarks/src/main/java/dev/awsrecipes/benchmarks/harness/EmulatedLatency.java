package dev.awsrecipes.benchmarks.harness;

import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Makes every HTTP request wait a fixed delay before it is sent, as a stand-in for the network round
 * trip each call to a real AWS endpoint costs (LocalStack on the loopback answers in a few
 * milliseconds, so a benchmark against it hides what running calls at the same time saves).
 *
 * <p>The wait happens on the thread that sends the request, so calls made one after another pay it
 * one after another and calls made at the same time overlap it — as real round trips do. Thread-safe.
 */
public final class EmulatedLatency implements ExecutionInterceptor {
    /** The environment variable with the delay in milliseconds; 0 leaves the latency case out. */
    public static final String VARIABLE = "BENCH_LATENCY_MS";

    /** Within the 50–300 ms a call from outside the region typically costs. */
    static final long DEFAULT_MILLIS = 100;

    private final Duration delay;

    /** @param delay how long each request waits before it is sent; positive */
    public EmulatedLatency(Duration delay) {
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("delay must be positive, was " + delay);
        }
        this.delay = delay;
    }

    /** The delay in milliseconds from {@code BENCH_LATENCY_MS}, or 100 when it is not set. */
    public static long millisFrom(Map<String, String> env) {
        String value = env.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return DEFAULT_MILLIS;
        }
        long millis = Long.parseLong(value.trim());
        if (millis < 0) {
            throw new IllegalArgumentException(VARIABLE + " must be 0 or more milliseconds, was " + value);
        }
        return millis;
    }

    /** The words the table's settings and notes use for it, e.g. "+100 ms emulated round trip per request". */
    public static String label(long millis) {
        return caseLabel(millis) + " per request";
    }

    /** The shorter words in the case name (the chart drops axis labels that do not fit). */
    public static String caseLabel(long millis) {
        return "+" + millis + " ms emulated round trip";
    }

    /**
     * The note a benchmark's table carries when it has a latency case: what the case does and why it
     * is there.
     */
    public static String note(long millis) {
        return "The \"" + caseLabel(millis) + "\" case gives both Java contenders' SDK clients an interceptor"
                + " that waits " + millis + " ms before each request is sent (`" + VARIABLE + "`, 0 leaves the"
                + " case out), as the network round trip to a real AWS endpoint (typically 50–300 ms) would;"
                + " against LocalStack alone a call takes a few milliseconds and LocalStack answers one request"
                + " at a time, which hides what overlapping the calls saves.";
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            // Keep the interrupt for the caller and give up the request, as the SDK does when interrupted.
            Thread.currentThread().interrupt();
            throw AbortedException.builder()
                    .message("interrupted during the emulated round trip")
                    .cause(e)
                    .build();
        }
    }
}
