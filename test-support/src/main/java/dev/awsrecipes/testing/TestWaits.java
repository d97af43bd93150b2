package dev.awsrecipes.testing;

import java.time.Duration;
import java.util.function.Consumer;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Waiter settings for test set-up and clean-up: LocalStack changes states at once, so polling every
 * second instead of the SDK's 15 seconds keeps the suite fast; still bounded.
 */
public final class TestWaits {
    /** Poll every second, for at most a minute. */
    public static final Consumer<WaiterOverrideConfiguration.Builder> FAST = w -> w.waitTimeout(Duration.ofSeconds(60))
            .maxAttempts(60)
            .backoffStrategyV2(BackoffStrategy.fixedDelay(Duration.ofSeconds(1)));

    private TestWaits() {}
}
