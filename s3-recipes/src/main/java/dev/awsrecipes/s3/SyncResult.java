package dev.awsrecipes.s3;

import dev.awsrecipes.s3.BatchResult.FailedAction;
import java.util.List;

/**
 * What {@link S3Transfers#sync(SyncSpec)} did, or for a dry run, would do.
 *
 * @param plan every step planned, transfers before deletions; for a dry run, what would be done
 * @param dryRun whether nothing was done
 * @param transferred how many uploads, downloads and copies were done (0 for a dry run)
 * @param unchanged how many names were already equal on both sides
 * @param deleted how many objects or files were deleted (0 for a dry run)
 * @param bytes the bytes the transfers moved (0 for a dry run)
 * @param failures the steps that failed, each with its error
 * @param notes what the caller should know: entries skipped (links, unreadable files, keys that cannot be
 *     file names) and names compared by size and time because their checksum could not be compared
 */
public record SyncResult(
        List<ObjectAction> plan,
        boolean dryRun,
        long transferred,
        long unchanged,
        long deleted,
        long bytes,
        List<FailedAction> failures,
        List<String> notes) {

    /** Copies the lists. */
    public SyncResult {
        plan = List.copyOf(plan);
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    /** Whether every step was done (a dry run always succeeds). */
    public boolean succeeded() {
        return failures.isEmpty();
    }

    /** The transfers planned: uploads, downloads and copies. */
    public long plannedTransfers() {
        return plan.stream().filter(a -> !a.deletes()).count();
    }

    /** The deletions planned. */
    public long plannedDeletions() {
        return plan.stream().filter(ObjectAction::deletes).count();
    }

    /** The bytes the planned transfers move. */
    public long plannedBytes() {
        return plan.stream().mapToLong(ObjectAction::bytes).sum();
    }
}
