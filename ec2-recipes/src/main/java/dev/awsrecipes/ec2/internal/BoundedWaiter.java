package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.WaitListener;
import dev.awsrecipes.core.WaitTicker;
import dev.awsrecipes.core.WaitTimeoutException;
import java.time.Duration;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Runs an SDK waiter bounded by a duration: both the waiter's maximum time and an attempt count large
 * enough for that time are set, because the SDK's default attempt count would otherwise end a long wait
 * early. Running out of time becomes a {@link WaitTimeoutException} naming the resource.
 */
final class BoundedWaiter {
    /** How often a waiter polls; EC2 state changes take seconds, so faster polling only costs calls. */
    static final Duration POLL = Duration.ofSeconds(2);

    private BoundedWaiter() {}

    /** The override that bounds a waiter by {@code timeout}, polling every {@link #POLL}. */
    public static WaiterOverrideConfiguration bounded(Duration timeout) {
        int attempts = (int) Math.max(2, timeout.toMillis() / POLL.toMillis() + 1);
        return WaiterOverrideConfiguration.builder()
                .waitTimeout(timeout)
                .maxAttempts(attempts)
                .backoffStrategyV2(BackoffStrategy.fixedDelay(POLL))
                .build();
    }

    /**
     * Runs the waiter and returns its final response.
     *
     * @param resource what is waited for, for the message ("volume vol-123")
     * @param state the state waited for ("available")
     * @param timeout the bound
     * @param waiter calls the SDK waiter with the given override
     */
    public static <T> T await(
            String resource,
            String state,
            Duration timeout,
            Function<WaiterOverrideConfiguration, WaiterResponse<T>> waiter) {
        return await(WaitListener.none(), resource, state, timeout, waiter);
    }

    /** {@link #await(String, String, Duration, Function)}, telling {@code listener} how the wait goes. */
    public static <T> T await(
            WaitListener listener,
            String resource,
            String state,
            Duration timeout,
            Function<WaiterOverrideConfiguration, WaiterResponse<T>> waiter) {
        try (WaitTicker ticker = WaitTicker.start(listener, resource, state, timeout)) {
            WaiterResponse<T> response = waiter.apply(bounded(timeout));
            if (response.matched().exception().isPresent()) {
                Throwable e = response.matched().exception().get();
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            T result = response.matched().response().orElseThrow();
            ticker.reached();
            return result;
        } catch (SdkClientException e) {
            if (e.getMessage() != null && e.getMessage().contains("exceeded the max")) {
                throw new WaitTimeoutException(resource, state, timeout, e);
            }
            throw e;
        }
    }
}
