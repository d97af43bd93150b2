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
 *
 * @param instanceId the instance whose attached EBS volumes are snapshotted
 * @param waitForCompletion whether the call returns only once every snapshot is {@code completed}
 * @param waitTimeout the bound on that wait; the session's {@code waitTimeout} when empty
 * @param description the snapshots' description; a default naming the instance and device when empty
 */
public record SnapshotSpec(
        String instanceId, boolean waitForCompletion, Optional<Duration> waitTimeout, Optional<String> description) {

    /** Checks every value. */
    public SnapshotSpec {
        Check.notBlank(instanceId, "instanceId");
        waitTimeout = Check.notNull(waitTimeout, "waitTimeout").map(t -> Check.positive(t, "waitTimeout"));
        description = Check.notNull(description, "description").map(d -> Check.notBlank(d, "description"));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
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
            return new SnapshotSpec(
                    instanceId, waitForCompletion, Optional.ofNullable(waitTimeout), Optional.ofNullable(description));
        }
    }
}
