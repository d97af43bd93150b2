package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.time.Duration;
import java.util.Optional;

/**
 * How {@link InstanceRecipes#cloneInstance(java.util.function.Consumer)} copies an instance.
 *
 * <pre>{@code
 * ec2.cloneInstance(c -> c.sourceInstanceId("i-0abc").freshSnapshots(true).waitTimeout(Duration.ofMinutes(30)));
 * }</pre>
 *
 * @param sourceInstanceId the instance to copy
 * @param freshSnapshots whether to snapshot the source's volumes first (and wait for them) instead of using
 *     older snapshots
 * @param waitUntilRunning whether to wait until the clone is {@code running}; true unless set
 * @param waitTimeout the bound on each wait (snapshots, running); the session's when empty
 * @param clientToken the idempotency token of the launch: a retried call with the same token starts no second
 *     instance. A random one per call when empty.
 */
public record CloneSpec(
        String sourceInstanceId,
        boolean freshSnapshots,
        boolean waitUntilRunning,
        Optional<Duration> waitTimeout,
        Optional<String> clientToken) {

    /** Checks every value. */
    public CloneSpec {
        Check.notBlank(sourceInstanceId, "sourceInstanceId");
        waitTimeout = Check.notNull(waitTimeout, "waitTimeout").map(t -> Check.positive(t, "waitTimeout"));
        clientToken = Check.notNull(clientToken, "clientToken").map(CloneSpec::checkClientToken);
    }

    private static String checkClientToken(String clientToken) {
        Check.notBlank(clientToken, "clientToken");
        Check.that(clientToken.length() <= 64, "clientToken", "must be at most 64 characters");
        return clientToken;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CloneSpec}; only the source instance is required. */
    public static final class Builder implements SpecBuilder<Builder, CloneSpec> {
        private String sourceInstanceId;
        private boolean freshSnapshots;
        private boolean waitUntilRunning = true;
        private Duration waitTimeout;
        private String clientToken;

        private Builder() {}

        /** The instance to copy. */
        public Builder sourceInstanceId(String sourceInstanceId) {
            this.sourceInstanceId = sourceInstanceId;
            return this;
        }

        /** Whether to snapshot the source's volumes first (and wait for them) instead of using older snapshots. */
        public Builder freshSnapshots(boolean freshSnapshots) {
            this.freshSnapshots = freshSnapshots;
            return this;
        }

        /** Whether to wait until the clone is {@code running}; true unless set. */
        public Builder waitUntilRunning(boolean waitUntilRunning) {
            this.waitUntilRunning = waitUntilRunning;
            return this;
        }

        /** The bound on each wait (snapshots, running); may be null: the session's. */
        public Builder waitTimeout(Duration waitTimeout) {
            this.waitTimeout = waitTimeout;
            return this;
        }

        /** At most 64 ASCII characters, as EC2 requires; may be null: none. */
        public Builder clientToken(String clientToken) {
            this.clientToken = clientToken;
            return this;
        }

        /** The spec; it checks every setting ({@code InvalidArgumentException} names a bad one). */
        @Override
        public CloneSpec build() {
            return new CloneSpec(
                    sourceInstanceId,
                    freshSnapshots,
                    waitUntilRunning,
                    Optional.ofNullable(waitTimeout),
                    Optional.ofNullable(clientToken));
        }
    }
}
