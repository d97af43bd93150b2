package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.WaitListener;
import java.time.Duration;
import java.util.Optional;

/** How long a recipe waits when its spec does not say, and who hears about the waiting. */
record Waits(Duration timeout, WaitListener listener) {

    /** The spec's own timeout, or the session's. */
    Duration timeout(Optional<Duration> fromSpec) {
        return fromSpec.orElse(timeout);
    }
}
