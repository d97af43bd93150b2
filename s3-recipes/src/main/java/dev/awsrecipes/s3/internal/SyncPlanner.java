package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.ObjectAction;
import dev.awsrecipes.s3.S3Uri;
import dev.awsrecipes.s3.SyncRefusedException;
import dev.awsrecipes.s3.SyncSpec;
import dev.awsrecipes.s3.internal.ContentComparison.Kind;
import dev.awsrecipes.s3.internal.ContentComparison.Verdict;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans a sync from the two sides' listings, as {@code aws s3 sync} decides: a name is transferred when the
 * target lacks it, when the sizes differ, or when the source is newer (in whole seconds, the precision S3
 * lists; into a directory, when the file's time is not the object's, which a download gives it); with {@code checksum}, equal sizes are compared by content and only what cannot be compared falls
 * back to time. With {@code delete}, target names the source lacks are deleted, unless the source is empty
 * or was not listed completely, which refuses the whole sync before anything changes. Makes no call itself:
 * the listings and the content check are given, so every decision can be tested without a server.
 */
final class SyncPlanner {

    /**
     * One name on one side.
     *
     * @param name relative to the synced folder, parts joined with {@code /}
     * @param bytes its size
     * @param modified the file's modification time or the object's LastModified
     * @param file the local file, or null for an object
     */
    record Entry(String name, long bytes, Instant modified, Path file) {}

    /**
     * One side's listing.
     *
     * @param entries what it holds that the filter takes
     * @param kept names present but not synced (links, unreadable files): never deleted on the other side
     * @param complete false when part of it could not be listed
     * @param problem what made it incomplete, for the refusal's message
     */
    record Side(List<Entry> entries, Set<String> kept, boolean complete, String problem) {
        static Side of(List<Entry> entries) {
            return new Side(entries, Set.of(), true, null);
        }
    }

    /**
     * A name whose content must be compared.
     *
     * @param source the source entry
     * @param target the target entry of equal size
     */
    record Candidate(Entry source, Entry target) {}

    /** Compares content, many names at once; a name left out of the answer is not comparable. */
    interface ContentCheck {
        Map<String, Verdict> verdicts(List<Candidate> candidates);
    }

    /**
     * The plan.
     *
     * @param actions the steps, transfers first
     * @param unchanged names already equal
     * @param notes what the caller should know
     */
    record Plan(List<ObjectAction> actions, long unchanged, List<String> notes) {}

    private final SyncSpec spec;
    private final ContentCheck check;

    SyncPlanner(SyncSpec spec, ContentCheck check) {
        this.spec = spec;
        this.check = check;
    }

    Plan plan(Side source, Side target) {
        Map<String, Entry> targets = new HashMap<>();
        target.entries().forEach(e -> targets.put(e.name(), e));
        List<ObjectAction> transfers = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        long unchanged = 0;
        Set<String> sourceNames = new HashSet<>(source.kept());
        for (Entry from : source.entries()) {
            sourceNames.add(from.name());
            Entry to = targets.get(from.name());
            if (to == null || to.bytes() != from.bytes()) {
                add(transfers, notes, from);
            } else if (spec.checksum()) {
                candidates.add(new Candidate(from, to));
            } else if (newer(from, to)) {
                add(transfers, notes, from);
            } else {
                unchanged++;
            }
        }
        if (!candidates.isEmpty()) {
            Map<String, Verdict> verdicts = check.verdicts(candidates);
            for (Candidate c : candidates) {
                Verdict v = verdicts.get(c.source().name());
                if (v == null || v.kind() == Kind.UNKNOWN) {
                    notes.add(c.source().name() + ": compared by size and time, "
                            + (v == null ? "its checksum could not be read" : v.how()));
                }
                boolean transfer = v == null || v.kind() == Kind.UNKNOWN
                        ? newer(c.source(), c.target())
                        : v.kind() == Kind.DIFFERENT;
                if (transfer) {
                    add(transfers, notes, c.source());
                } else {
                    unchanged++;
                }
            }
        }
        List<ObjectAction> deletions = new ArrayList<>();
        if (spec.delete()) {
            for (Entry to : target.entries()) {
                if (!sourceNames.contains(to.name())) {
                    deletions.add(
                            to.file() != null
                                    ? new ObjectAction.DeleteFile(to.file())
                                    : new ObjectAction.Delete(
                                            spec.targetPrefix().child(to.name())));
                }
            }
            refuseUnsafe(source, deletions.size());
        }
        List<ObjectAction> actions = new ArrayList<>(transfers);
        actions.addAll(deletions);
        return new Plan(actions, unchanged, notes);
    }

    /** A delete that could wipe what the user meant to keep is refused before anything is done. */
    private void refuseUnsafe(Side source, int deletions) {
        if (deletions == 0) {
            return;
        }
        if (!source.complete()) {
            throw new SyncRefusedException("refusing to delete " + deletions + " entries of " + spec.target()
                    + ": " + spec.source() + " could not be listed completely (" + source.problem()
                    + "); nothing was changed. Fix that, or sync without delete (--delete)");
        }
        if (source.entries().isEmpty() && source.kept().isEmpty() && !spec.allowEmptySource()) {
            throw new SyncRefusedException("refusing to delete " + deletions + " entries of " + spec.target()
                    + ": the source " + spec.source() + " has nothing"
                    + (spec.filter().takesAll() ? "" : " the filters take")
                    + " (a mistyped path?); nothing was changed. Give allowEmptySource (--allow-empty-source) to"
                    + " empty the target");
        }
    }

    /**
     * Whether the times call for a transfer, in whole seconds (S3 lists times to the second, files have finer
     * ones). Into a directory, any difference does: a download gives the file the object's time, so another
     * time means the object was replaced or the file edited since, and either way the file is no longer the
     * object. Into S3 the target's time is when it was stored, so only a newer source counts.
     */
    private boolean newer(Entry source, Entry target) {
        long from = source.modified().getEpochSecond();
        long to = target.modified().getEpochSecond();
        return spec.targetDirectory() != null ? from != to : from > to;
    }

    private void add(List<ObjectAction> transfers, List<String> notes, Entry from) {
        if (spec.sourceDirectory() != null) {
            transfers.add(
                    new ObjectAction.Upload(from.file(), spec.targetPrefix().child(from.name()), from.bytes(), false));
            return;
        }
        S3Uri object = spec.sourcePrefix().child(from.name());
        if (spec.targetPrefix() != null) {
            transfers.add(new ObjectAction.Copy(object, spec.targetPrefix().child(from.name()), from.bytes(), false));
            return;
        }
        Path file = LocalTree.fileFor(spec.targetDirectory(), from.name());
        if (file == null) {
            notes.add(object + ": skipped, its key cannot be a file name under " + spec.targetDirectory()
                    + " (an empty, . or .. part)");
            return;
        }
        transfers.add(new ObjectAction.Download(object, file, from.bytes(), false, from.modified()));
    }
}
