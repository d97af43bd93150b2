package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.s3.ObjectChangedException;
import dev.awsrecipes.s3.PartFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Which part failures the transfers try again and how: every error S3 or the network gives that may
 * pass (throttling, 5xx, request timeouts, a mangled part, a reset connection, a read that timed out or
 * ended early) and every one that will not (the caller's mistakes and S3's 4xx answers, a changed
 * object, an interrupted thread); attempt limits; and the bounds of the wait between attempts.
 */
class TransferRetryCasesTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    static Stream<Arguments> retried() {
        return Stream.of(
                Arguments.of("500 InternalError", FakeS3.error(500, "InternalError")),
                Arguments.of("502 BadGateway", FakeS3.error(502, "BadGateway")),
                Arguments.of("503 SlowDown", FakeS3.error(503, "SlowDown")),
                Arguments.of("503 ServiceUnavailable", FakeS3.error(503, "ServiceUnavailable")),
                Arguments.of("504 without a code", FakeS3.error(504, null)),
                Arguments.of("429 TooManyRequestsException", FakeS3.error(429, "TooManyRequestsException")),
                Arguments.of("408 without a code", FakeS3.error(408, null)),
                Arguments.of("400 RequestTimeout", FakeS3.error(400, "RequestTimeout")),
                Arguments.of("400 Throttling", FakeS3.error(400, "Throttling")),
                Arguments.of("400 ThrottlingException", FakeS3.error(400, "ThrottlingException")),
                Arguments.of("400 RequestLimitExceeded", FakeS3.error(400, "RequestLimitExceeded")),
                Arguments.of("400 BadDigest", FakeS3.error(400, "BadDigest")),
                Arguments.of(
                        "connection reset",
                        SdkClientException.builder()
                                .message("Unable to execute HTTP request: Connection reset")
                                .cause(new SocketException("Connection reset"))
                                .build()),
                Arguments.of(
                        "read timed out",
                        SdkClientException.builder()
                                .cause(new SocketTimeoutException("Read timed out"))
                                .build()),
                Arguments.of(
                        "attempt timeout",
                        ApiCallAttemptTimeoutException.builder()
                                .message("attempt took too long")
                                .build()),
                Arguments.of(
                        "a range that ended early",
                        new UncheckedIOException(new IOException("range 3 ended after 10 of 20 bytes"))));
    }

    static Stream<Arguments> notRetried() {
        return Stream.of(
                Arguments.of("403 AccessDenied", FakeS3.error(403, "AccessDenied")),
                Arguments.of("403 SignatureDoesNotMatch", FakeS3.error(403, "SignatureDoesNotMatch")),
                Arguments.of("404 NoSuchKey", FakeS3.error(404, "NoSuchKey")),
                Arguments.of("404 NoSuchBucket", FakeS3.error(404, "NoSuchBucket")),
                Arguments.of("404 NoSuchUpload", FakeS3.error(404, "NoSuchUpload")),
                Arguments.of("400 InvalidPart", FakeS3.error(400, "InvalidPart")),
                Arguments.of("400 EntityTooSmall", FakeS3.error(400, "EntityTooSmall")),
                Arguments.of("400 InvalidArgument", FakeS3.error(400, "InvalidArgument")),
                Arguments.of("412 PreconditionFailed", FakeS3.error(412, "PreconditionFailed")),
                Arguments.of("416 InvalidRange", FakeS3.error(416, "InvalidRange")),
                Arguments.of(
                        "aborted", AbortedException.builder().message("aborted").build()),
                Arguments.of(
                        "interrupted inside the SDK",
                        SdkClientException.builder()
                                .cause(new InterruptedException())
                                .build()),
                Arguments.of("object changed", new ObjectChangedException("b", "k", "\"e\"", null)),
                Arguments.of("a bug", new IllegalStateException("not an S3 failure")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retried")
    void isTransient_mayPass_isRetried(String what, RuntimeException error) {
        assertThat(TransferRetryPolicy.isTransient(error)).as(what).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notRetried")
    void isTransient_willNotPass_failsAtOnce(String what, RuntimeException error) {
        assertThat(TransferRetryPolicy.isTransient(error)).as(what).isFalse();
    }

    @Test
    void isTransient_threadInterrupted_nothingIsRetried() {
        Thread.currentThread().interrupt();

        assertThat(TransferRetryPolicy.isTransient(FakeS3.error(503, "SlowDown")))
                .isFalse();
    }

    @Test
    void withRetries_transientThenSuccess_returnsTheValueAndTellsTheObserverOfEachRetry() throws Exception {
        List<String> heard = new ArrayList<>();
        Supplier<String> call = failing(2, () -> FakeS3.error(503, "SlowDown"));

        String value =
                TransferRetryPolicy.withRetries(7, 3, (part, attempt, error) -> heard.add(part + "/" + attempt), call);

        assertThat(value).isEqualTo("done after 3 calls");
        assertThat(heard).containsExactly("7/1", "7/2");
    }

    @Test
    void withRetries_transientEveryTime_givesUpAfterMaxAttemptsWithTheLastError() {
        AtomicInteger calls = new AtomicInteger();
        long started = System.nanoTime();

        assertThatThrownBy(() -> TransferRetryPolicy.withRetries(4, 3, (p, a, e) -> {}, () -> {
                    throw FakeS3.error(500, "InternalError" + calls.incrementAndGet());
                }))
                .isInstanceOfSatisfying(PartFailedException.class, e -> {
                    assertThat(e.partNumber()).isEqualTo(4);
                    assertThat(e.attempts()).isEqualTo(3);
                })
                .hasMessageStartingWith("part 4 failed after 3 attempts: InternalError3");
        assertThat(calls).hasValue(3);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("waited at least half of each backoff ceiling (200 ms, then 400 ms)")
                .isGreaterThanOrEqualTo(Duration.ofMillis(100 + 200));
    }

    @Test
    void withRetries_notTransient_failsAfterOneAttemptWithoutWaiting() {
        AtomicInteger calls = new AtomicInteger();
        List<Integer> heard = new ArrayList<>();

        assertThatThrownBy(() -> TransferRetryPolicy.withRetries(2, 10, (p, a, e) -> heard.add(a), () -> {
                    calls.incrementAndGet();
                    throw FakeS3.error(403, "AccessDenied");
                }))
                .isInstanceOf(PartFailedException.class)
                .hasMessageStartingWith("part 2 failed after 1 attempt: AccessDenied");
        assertThat(calls).hasValue(1);
        assertThat(heard).isEmpty();
    }

    @Test
    void withRetries_oneAttemptAllowed_neverRetries() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> TransferRetryPolicy.withRetries(1, 1, (p, a, e) -> {}, () -> {
                    calls.incrementAndGet();
                    throw FakeS3.error(503, "SlowDown");
                }))
                .isInstanceOfSatisfying(
                        PartFailedException.class, e -> assertThat(e.attempts()).isEqualTo(1));
        assertThat(calls).hasValue(1);
    }

    @Test
    void withRetries_interruptedWhileWaiting_stopsWithInterruptedException() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> TransferRetryPolicy.withRetries(
                        1, 5, (p, a, e) -> Thread.currentThread().interrupt(), () -> {
                            calls.incrementAndGet();
                            throw FakeS3.error(503, "SlowDown");
                        }))
                .isInstanceOf(InterruptedException.class);
        assertThat(calls).hasValue(1);
    }

    /** Full jitter between half the ceiling and the ceiling, which doubles from 200 ms up to 10 s. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 17, 18, 64, 1000, Integer.MAX_VALUE})
    void backoff_staysWithinHalfTheCeilingAndTheCeiling(int failedAttempt) {
        long ceiling = Math.min(10_000, 200L << Math.min(failedAttempt - 1, 16));
        for (int i = 0; i < 200; i++) {
            assertThat(TransferRetryPolicy.backoff(failedAttempt).toMillis())
                    .as("attempt %d", failedAttempt)
                    .isBetween(ceiling / 2, ceiling);
        }
    }

    @Test
    void backoff_isJittered() {
        assertThat(Stream.generate(() -> TransferRetryPolicy.backoff(6))
                        .limit(50)
                        .distinct()
                        .count())
                .as("50 waits after attempt 6 are not all alike")
                .isGreaterThan(10);
    }

    /** A call that throws {@code failures} times and then succeeds. */
    private static Supplier<String> failing(int failures, Supplier<RuntimeException> error) {
        AtomicInteger calls = new AtomicInteger();
        return () -> {
            if (calls.incrementAndGet() <= failures) {
                throw error.get();
            }
            return "done after " + calls.get() + " calls";
        };
    }
}
