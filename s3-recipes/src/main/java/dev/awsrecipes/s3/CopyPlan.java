package dev.awsrecipes.s3;

import dev.awsrecipes.s3.BatchResult.FailedAction;
import java.util.List;

/**
 * The steps a {@link CopySpec} takes, worked out by {@link S3Transfers#planCopy(CopySpec)} before anything is
 * changed, so a dry run can show them.
 *
 * @param actions the uploads, downloads or copies (moves when the spec moves), in source order
 * @param refused sources that cannot be copied as asked, each with why: a key whose name would lead outside the
 *     target directory ({@code ../x}), a local name the JVM could not decode. They count as failures.
 * @param skipped entries left out on purpose, each with why: folder markers (keys ending in {@code /}), symbolic
 *     links inside a directory, FIFOs, unreadable files
 */
public record CopyPlan(List<ObjectAction> actions, List<FailedAction> refused, List<Skipped> skipped) {

    /** Copies the lists. */
    public CopyPlan {
        actions = List.copyOf(actions);
        refused = List.copyOf(refused);
        skipped = List.copyOf(skipped);
    }

    /** The bytes the actions would move. */
    public long bytes() {
        return actions.stream().mapToLong(ObjectAction::bytes).sum();
    }

    /**
     * An entry left out on purpose.
     *
     * @param source the key ({@code s3://b/k}) or the local path, as written
     * @param reason why
     */
    public record Skipped(String source, String reason) {}
}
