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
 */
public final class CloneSpec {
    private final String sourceInstanceId;
    private final boolean freshSnapshots;
    private final boolean waitUntilRunning;
    private final Duration waitTimeout;
    private final String clientToken;

    private CloneSpec(Builder b) {
        this.sourceInstanceId = Check.notBlank(b.sourceInstanceId, "sourceInstanceId");
        this.freshSnapshots = b.freshSnapshots;
        this.waitUntilRunning = b.waitUntilRunning;
        this.waitTimeout = b.waitTimeout == null ? null : Check.positive(b.waitTimeout, "waitTimeout");
        this.clientToken = b.clientToken == null ? null : checkClientToken(b.clientToken);
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

    /** The instance to copy. */
    public String sourceInstanceId() {
        return sourceInstanceId;
    }

    /** Whether to snapshot the source's volumes first (and wait for them) instead of using older snapshots. */
    public boolean freshSnapshots() {
        return freshSnapshots;
    }

    /** Whether to wait until the clone is {@code running}; true unless set. */
    public boolean waitUntilRunning() {
        return waitUntilRunning;
    }

    /** The bound on each wait (snapshots, running); the session's when empty. */
    public Optional<Duration> waitTimeout() {
        return Optional.ofNullable(waitTimeout);
    }

    /**
     * The idempotency token of the launch: a retried call with the same token starts no second
     * instance. A random one per call when empty.
     */
    public Optional<String> clientToken() {
        return Optional.ofNullable(clientToken);
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
            return new CloneSpec(this);
        }
    }
}
