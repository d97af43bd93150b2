package dev.awsrecipes.core;

import java.time.Duration;

/**
 * Hears how a wait for a resource goes (an instance becoming {@code running}, a volume {@code
 * available}, snapshots {@code completed}): once when it starts, about every second while it lasts,
 * and once when it ends. Set it on the session with {@link Aws.Builder#waitListener(WaitListener)};
 * called from a timer thread, so keep it quick.
 */
public interface WaitListener {

    /** A listener that ignores everything. */
    static WaitListener none() {
        return (resource, state, elapsed, timeout) -> {};
    }

    /**
     * Still waiting.
     *
     * @param resource what is waited for, e.g. {@code instance i-0abc}
     * @param state the state waited for, e.g. {@code running}
     * @param elapsed time waited so far
     * @param timeout when the wait gives up
     */
    void waiting(String resource, String state, Duration elapsed, Duration timeout);

    /** The wait ended, reached or not; {@code reached} is false on a timeout or an error. */
    default void ended(String resource, String state, Duration elapsed, boolean reached) {}
}
