package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.time.Duration;
import java.util.Optional;

/**
 * What {@link InstanceRecipes#snapshotVolumes(java.util.function.Consumer)} snapshots and whether it
 * waits for the snapshots to complete.
 *
 * <pre>{@code
 * ec2.snapshotVolumes(s -> s.instanceId("i-0abc").waitForCompletion(true).waitTimeout(Duration.ofMinutes(30)));
 * }</pre>
 */
public final class SnapshotSpec {
    private final String instanceId;
    private final boolean waitForCompletion;
    private final Duration waitTimeout;
    private final String description;

    private SnapshotSpec(Builder b) {
        this.instanceId = Check.notBlank(b.instanceId, "instanceId");
        this.waitForCompletion = b.waitForCompletion;
        this.waitTimeout = b.waitTimeout == null ? null : Check.positive(b.waitTimeout, "waitTimeout");
        this.description = b.description == null ? null : Check.notBlank(b.description, "description");
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The instance whose attached EBS volumes are snapshotted. */
    public String instanceId() {
        return instanceId;
    }

    /** Whether the call returns only once every snapshot is {@code completed}. */
    public boolean waitForCompletion() {
        return waitForCompletion;
    }

    /** The bound on that wait; the session's {@code waitTimeout} when empty. */
    public Optional<Duration> waitTimeout() {
        return Optional.ofNullable(waitTimeout);
    }

    /** The snapshots' description; a default naming the instance and device when empty. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** Builds a {@link SnapshotSpec}; only the instance id is required. */
    public static final class Builder implements SpecBuilder<Builder, SnapshotSpec> {
        private String instanceId;
        private boolean waitForCompletion;
        private Duration waitTimeout;
        private String description;

        private Builder() {}

        /** The instance whose attached EBS volumes are snapshotted. */
        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        /** Whether the call returns only once every snapshot is {@code completed}. */
        public Builder waitForCompletion(boolean waitForCompletion) {
            this.waitForCompletion = waitForCompletion;
            return this;
        }

        /** The bound on that wait; may be null: the session's {@code waitTimeout}. */
        public Builder waitTimeout(Duration waitTimeout) {
            this.waitTimeout = waitTimeout;
            return this;
        }

        /** The snapshots' description; may be null: a default naming the instance and device. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The spec; it checks every setting ({@code InvalidArgumentException} names a bad one). */
        @Override
        public SnapshotSpec build() {
            return new SnapshotSpec(this);
        }
    }
}
