package dev.awsrecipes.ssh;

import java.time.Duration;

/**
 * Where a wait of {@link SshRecipes#connect} stands.
 *
 * @param stage what is waited for
 * @param target the address ({@code 203.0.113.7:22}) or instance ({@code i-0abc1234}) waited on
 * @param attempt the attempt that just failed, from 1
 * @param elapsed time since the wait began
 * @param timeout the bound of the wait
 * @param lastProblem why the attempt failed ({@code Connection refused}, {@code no fingerprints yet})
 */
public record SshWaitProgress(
        Stage stage, String target, int attempt, Duration elapsed, Duration timeout, String lastProblem) {

    /** The two waits: an instance is running well before sshd answers and its console shows the keys. */
    public enum Stage {
        /** Until the address answers with an SSH banner. */
        SSH_ANSWERS,
        /** Until the console output shows the host-key fingerprints. */
        HOST_KEYS_IN_CONSOLE
    }
}
