package dev.awsrecipes.ec2;

import java.util.List;

/**
 * What a start, stop or terminate did (E14). After a dry run, {@link #changes()} is empty and {@link
 * #wouldSucceed()} says whether EC2 would have allowed the call ({@code DryRunOperation}) or not
 * ({@code UnauthorizedOperation} or another error, in {@link #message()}).
 *
 * @param action what was asked
 * @param dryRun whether it was only a dry run
 * @param wouldSucceed true after a real call; after a dry run, EC2's verdict
 * @param message EC2's answer to a dry run; empty after a real call
 * @param instanceIds the instances the call was for
 * @param changes each instance's state change (empty after a dry run)
 */
public record LifecycleResult(
        LifecycleAction action,
        boolean dryRun,
        boolean wouldSucceed,
        String message,
        List<String> instanceIds,
        List<StateChange> changes) {
    /** Copies the lists; a null message is empty. */
    public LifecycleResult {
        instanceIds = List.copyOf(instanceIds);
        changes = List.copyOf(changes);
        message = message == null ? "" : message;
    }
}
