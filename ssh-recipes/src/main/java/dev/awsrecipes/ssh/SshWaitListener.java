package dev.awsrecipes.ssh;

/**
 * Hears how the waits of {@link SshRecipes#connect} go, once per failed attempt, on the calling thread.
 *
 * <pre>{@code
 * ssh.connect(s -> s.instanceId("i-0abc").keyFile(key)
 *         .listener(p -> log.info("{} {}: attempt {} ({})", p.stage(), p.target(), p.attempt(), p.lastProblem())));
 * }</pre>
 */
@FunctionalInterface
public interface SshWaitListener {

    /** A listener that ignores everything. */
    static SshWaitListener none() {
        return progress -> {};
    }

    /** Called after each attempt that did not yet succeed. */
    void waiting(SshWaitProgress progress);
}
