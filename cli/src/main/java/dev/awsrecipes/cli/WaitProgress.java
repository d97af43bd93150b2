package dev.awsrecipes.cli;

import dev.awsrecipes.core.WaitListener;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Waits for instances, volumes and snapshots, shown as progress: seconds waited of the timeout. */
final class WaitProgress implements WaitListener {
    private final Progress progress;
    private final Map<String, Progress.Task> tasks = new HashMap<>();

    WaitProgress(Progress progress) {
        this.progress = progress;
    }

    @Override
    public synchronized void waiting(String resource, String state, Duration elapsed, Duration timeout) {
        tasks.computeIfAbsent(
                        resource,
                        r -> progress.task("waiting for " + r + " to be " + state, timeout.toSeconds(), "s", 1))
                .update(elapsed.toSeconds(), timeout.toSeconds(), "");
    }

    @Override
    public synchronized void ended(String resource, String state, Duration elapsed, boolean reached) {
        Progress.Task task = tasks.remove(resource);
        if (task != null) {
            task.update(elapsed.toSeconds(), -1, reached ? state : "gave up");
            task.close();
        }
    }
}
