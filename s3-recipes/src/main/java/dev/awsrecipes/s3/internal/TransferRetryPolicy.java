package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.s3.PartFailedException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Which part failures are worth another attempt, and how long to wait first. This sits on top of the
 * SDK's own retries of each request: those absorb a blip, this outlasts a longer bad patch (a dropped
 * connection pool, minutes of throttling) without restarting the whole upload.
 */
final class TransferRetryPolicy {
    private static final Set<String> TRANSIENT_CODES = Set.of(
            "RequestTimeout",
            "RequestTimeoutException",
            "InternalError",
            "ServiceUnavailable",
            "SlowDown",
            "Throttling",
            "ThrottlingException",
            "RequestLimitExceeded",
            "TooManyRequestsException",
            "BadDigest"); // a part mangled on the way: sending it again usually works

    private static final Logger LOG = LoggerFactory.getLogger(TransferRetryPolicy.class);
    private static final Duration BASE = Duration.ofMillis(200);
    private static final Duration CAP = Duration.ofSeconds(10);

    private TransferRetryPolicy() {}

    /** Who hears of a failed attempt that will be repeated. */
    @FunctionalInterface
    interface RetryObserver {
        void retrying(int partNumber, int failedAttempt, Throwable error);
    }

    /**
     * The call's value, trying up to {@code maxAttempts} times while it fails transiently, waiting with
     * backoff in between; a {@link PartFailedException} once it fails for good.
     */
    static <T> T withRetries(int partNumber, int maxAttempts, RetryObserver observer, Supplier<T> call)
            throws InterruptedException {
        return withRetries(partNumber, maxAttempts, observer, TransferStop.NEVER, call);
    }

    /**
     * {@link #withRetries(int, int, RetryObserver, Supplier)} for a part of a transfer that {@code stop}
     * can end: once it is raised (a sibling failed for good), no attempt is started and a back-off ends
     * at once, with a {@link PartFailedException} for the last failure.
     */
    static <T> T withRetries(
            int partNumber, int maxAttempts, RetryObserver observer, TransferStop stop, Supplier<T> call)
            throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts || !isTransient(e) || stop.isRaised()) {
                    throw new PartFailedException(partNumber, attempt, e);
                }
                Duration wait = backoff(attempt);
                LOG.info("part {} failed ({}); attempt {} in {} ms", partNumber, e, attempt + 1, wait.toMillis());
                observer.retrying(partNumber, attempt, e);
                if (stop.sleep(wait)) {
                    throw new PartFailedException(partNumber, attempt, e);
                }
            }
        }
    }

    /** Whether sending the part again may succeed. */
    static boolean isTransient(Throwable error) {
        if (Thread.currentThread().isInterrupted() || error instanceof AbortedException || hasInterruptedCause(error)) {
            return false;
        }
        if (error instanceof AwsServiceException aws) {
            int status = aws.statusCode();
            return status >= 500
                    || status == 408
                    || status == 429
                    || aws.isThrottlingException()
                    || AwsErrors.errorCode(aws).map(TRANSIENT_CODES::contains).orElse(false);
        }
        // Client-side: connection reset, timeouts, an I/O error reading the response.
        return error instanceof SdkClientException || error instanceof java.io.UncheckedIOException;
    }

    /** Full-jitter exponential backoff before attempt {@code failedAttempt + 1}. */
    static Duration backoff(int failedAttempt) {
        long ceiling = Math.min(CAP.toMillis(), BASE.toMillis() << Math.min(failedAttempt - 1, 16));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }

    private static boolean hasInterruptedCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }
}
