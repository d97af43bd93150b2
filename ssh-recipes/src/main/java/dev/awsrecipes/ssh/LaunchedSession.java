package dev.awsrecipes.ssh;

import dev.awsrecipes.ec2.LaunchedInstance;

/**
 * An instance launched by {@link SshRecipes#launchAndConnect} and a logged-in session to it, as the
 * cookbook's {@code launch_instance(..., cmd_shell=True)} returned. Closing ends the session; the
 * instance keeps running.
 *
 * @param instance what the launch started and created
 * @param session the SSH session to it
 */
public record LaunchedSession(LaunchedInstance instance, SshSession session) implements AutoCloseable {
    @Override
    public void close() {
        session.close();
    }
}
