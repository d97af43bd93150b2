package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A start, stop or terminate of some instances (E14).
 *
 * <pre>{@code
 * ec2.changeState(l -> l.action(LifecycleAction.STOP).instanceIds("i-0abc", "i-0def").dryRun(true));
 * }</pre>
 *
 * @param action what to do to the instances
 * @param instanceIds the instances, duplicates removed, in the order given
 * @param dryRun only ask EC2 whether the call would be allowed (EC2 {@code DryRun}); nothing changes
 * @param waitForState whether to wait (bounded) until every instance reaches the action's target state
 * @param waitTimeout the bound on that wait; the session's when empty
 * @param force for STOP: force the stop, without the guest's orderly shutdown
 */
public record LifecycleSpec(
        LifecycleAction action,
        List<String> instanceIds,
        boolean dryRun,
        boolean waitForState,
        Optional<Duration> waitTimeout,
        boolean force) {
    /** Instance ids as EC2 writes them: {@code i-} and 8 or 17 hexadecimal digits. */
    static final Pattern INSTANCE_ID = Pattern.compile("i-[0-9a-f]{8}([0-9a-f]{9})?");

    /** Checks every value; the ids lose their duplicates, in the order given. */
    public LifecycleSpec {
        Check.notNull(action, "action");
        Check.notNull(instanceIds, "instanceIds");
        instanceIds = List.copyOf(checkInstanceIds(instanceIds));
        waitTimeout = Check.notNull(waitTimeout, "waitTimeout").map(t -> Check.positive(t, "waitTimeout"));
        Check.that(!force || action == LifecycleAction.STOP, "force", "applies only to STOP, not " + action);
    }

    /** The ids, each checked to look like an instance id, duplicates removed, order kept. */
    public static List<String> checkInstanceIds(Collection<String> ids) {
        Check.notEmpty(ids, "instanceIds");
        Check.that(ids.size() <= 1000, "instanceIds", "has " + ids.size() + " ids; EC2 takes at most 1000 at once");
        for (String id : ids) {
            Check.notBlank(id, "instanceId");
            Check.that(
                    INSTANCE_ID.matcher(id).matches(),
                    "instanceIds",
                    "contains \"" + id + "\", which is not an instance id like i-0123456789abcdef0");
        }
        return new ArrayList<>(new LinkedHashSet<>(ids));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LifecycleSpec}; action and at least one instance id are required. */
    public static final class Builder implements SpecBuilder<Builder, LifecycleSpec> {
        private LifecycleAction action;
        private List<String> instanceIds = List.of();
        private boolean dryRun;
        private boolean waitForState;
        private Duration waitTimeout;
        private boolean force;

        private Builder() {}

        /** Start, stop or terminate; required. */
        public Builder action(LifecycleAction action) {
            this.action = action;
            return this;
        }

        /** The instances; at least one, at most 1000. */
        public Builder instanceIds(Collection<String> instanceIds) {
            this.instanceIds = instanceIds == null ? null : new ArrayList<>(instanceIds);
            return this;
        }

        /** The instances; at least one, at most 1000. */
        public Builder instanceIds(String... instanceIds) {
            return instanceIds(instanceIds == null ? null : Arrays.asList(instanceIds));
        }

        /** Only ask EC2 whether the call would be allowed (EC2 {@code DryRun}); nothing changes. */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** Whether to wait (bounded) until every instance reaches the action's target state. */
        public Builder waitForState(boolean waitForState) {
            this.waitForState = waitForState;
            return this;
        }

        /** The bound on that wait; may be null: the session's. */
        public Builder waitTimeout(Duration waitTimeout) {
            this.waitTimeout = waitTimeout;
            return this;
        }

        /** For STOP: force the stop, without the guest's orderly shutdown. */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /** The spec; it checks every setting ({@code InvalidArgumentException} names a bad one). */
        @Override
        public LifecycleSpec build() {
            return new LifecycleSpec(
                    action, instanceIds, dryRun, waitForState, Optional.ofNullable(waitTimeout), force);
        }
    }
}
