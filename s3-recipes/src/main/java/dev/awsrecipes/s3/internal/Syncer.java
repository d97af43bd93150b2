package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.ParallelCalls;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.BatchResult;
import dev.awsrecipes.s3.BatchSpec;
import dev.awsrecipes.s3.KeyFilter;
import dev.awsrecipes.s3.ListSpec;
import dev.awsrecipes.s3.ListedObject;
import dev.awsrecipes.s3.S3Uri;
import dev.awsrecipes.s3.SyncResult;
import dev.awsrecipes.s3.SyncSpec;
import dev.awsrecipes.s3.internal.ContentComparison.Verdict;
import dev.awsrecipes.s3.internal.SyncPlanner.Candidate;
import dev.awsrecipes.s3.internal.SyncPlanner.Entry;
import dev.awsrecipes.s3.internal.SyncPlanner.Side;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Carries out a {@link SyncSpec}: lists both sides (a local tree by {@link LocalTree}, a prefix by
 * {@code ListObjectsV2}, each through the spec's filter), plans with {@link SyncPlanner}, then runs the plan
 * through the batch engine, which verifies every transfer. Nothing is changed before both listings are
 * complete, so a refused or failed listing leaves both sides as they were. Downloads resume what an
 * interrupted sync left and take the object's time, so the next sync finds them equal.
 */
final class Syncer {
    private static final Logger LOG = LoggerFactory.getLogger(Syncer.class);

    private final TransferRecipes transfers;
    private final RecipeContext context;
    private final S3Client s3;
    private final SyncSpec spec;

    Syncer(TransferRecipes transfers, RecipeContext context, S3Client s3, SyncSpec spec) {
        this.transfers = transfers;
        this.context = context;
        this.s3 = s3;
        this.spec = spec;
    }

    SyncResult run() {
        List<String> notes = new ArrayList<>();
        Side source = spec.sourceDirectory() != null
                ? localSide(spec.sourceDirectory(), spec.filter(), notes)
                : remote(spec.sourcePrefix());
        Side target = spec.targetDirectory() != null
                ? localSide(spec.targetDirectory(), spec.filter(), new ArrayList<>())
                : remote(spec.targetPrefix());
        SyncPlanner.Plan plan = new SyncPlanner(spec, this::verdicts).plan(source, target);
        notes.addAll(plan.notes());
        LOG.info(
                "sync {} to {}: {} to transfer, {} to delete, {} unchanged",
                spec.source(),
                spec.target(),
                plan.actions().stream().filter(a -> !a.deletes()).count(),
                plan.actions().stream().filter(a -> a.deletes()).count(),
                plan.unchanged());
        if (spec.dryRun() || plan.actions().isEmpty()) {
            return new SyncResult(plan.actions(), spec.dryRun(), 0, plan.unchanged(), 0, 0, List.of(), notes);
        }
        BatchResult done = transfers.run(BatchSpec.builder()
                .actions(plan.actions())
                .objectsInFlight(spec.objectsInFlight())
                .perUpload(spec.perUpload())
                .perDownload(d -> {
                    d.resume(true);
                    spec.perDownload().accept(d);
                })
                .listener(spec.listener())
                .build());
        return new SyncResult(
                plan.actions(),
                false,
                done.transferred(),
                plan.unchanged(),
                done.deleted(),
                done.bytes(),
                done.failures(),
                notes);
    }

    /** A local tree as a side; what it skipped is noted and kept from deletion on the other side. */
    static Side localSide(Path directory, KeyFilter filter, List<String> notes) {
        LocalTree.Listing listing = LocalTree.walk(directory, filter);
        List<Entry> entries = new ArrayList<>(listing.files().size());
        listing.files().forEach(f -> entries.add(new Entry(f.name(), f.bytes(), f.modified(), f.file())));
        Set<String> kept = new HashSet<>();
        String problem = null;
        for (LocalTree.Skipped skipped : listing.skipped()) {
            kept.add(skipped.name());
            notes.add(skipped.path() + ": skipped, " + skipped.reason());
            boolean unlisted =
                    skipped.reason().startsWith("directory") || skipped.reason().startsWith("cannot");
            if (problem == null && unlisted) {
                problem = skipped.path() + ": " + skipped.reason();
            }
        }
        return new Side(entries, kept, listing.complete(), problem);
    }

    private Side remote(S3Uri prefix) {
        String folder = prefix.keyAsFolder();
        ListSpec list = ListSpec.builder()
                .bucket(prefix.bucket())
                .prefix(folder)
                .recursive(true)
                .folder(folder)
                .filter(spec.filter())
                .build();
        try (Stream<ListedObject> objects = transfers.listObjects(list)) {
            return remoteSide(objects);
        }
    }

    /** A listing as a side. Folder markers ({@code photos/}, 0 bytes) hold no file: neither synced nor deleted. */
    static Side remoteSide(Stream<ListedObject> objects) {
        List<Entry> entries = new ArrayList<>();
        objects.forEach(o -> {
            if (!o.name().isEmpty() && !o.name().endsWith("/")) {
                entries.add(new Entry(o.name(), o.bytes(), o.lastModified(), null));
            }
        });
        return Side.of(entries);
    }

    /** Compares the candidates' content, {@code objectsInFlight} at once; an error leaves a name uncompared. */
    private Map<String, Verdict> verdicts(List<Candidate> candidates) {
        ContentComparison comparison = new ContentComparison(s3);
        List<Callable<Verdict>> calls = new ArrayList<>();
        for (Candidate c : candidates) {
            String name = c.source().name();
            calls.add(() -> {
                if (spec.sourceDirectory() != null) {
                    return comparison.fileVsObject(
                            c.source().file(),
                            c.source().bytes(),
                            spec.targetPrefix().child(name));
                }
                if (spec.targetDirectory() != null) {
                    return comparison.fileVsObject(
                            c.target().file(),
                            c.target().bytes(),
                            spec.sourcePrefix().child(name));
                }
                return comparison.objectVsObject(
                        spec.sourcePrefix().child(name),
                        spec.targetPrefix().child(name),
                        c.source().bytes());
            });
        }
        List<ParallelCalls.Outcome<Verdict>> outcomes =
                ParallelCalls.eachOutcome(context.executor(), spec.objectsInFlight(), calls);
        Map<String, Verdict> verdicts = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            ParallelCalls.Outcome<Verdict> o = outcomes.get(i);
            String name = candidates.get(i).source().name();
            if (o.isSuccess()) {
                verdicts.put(name, o.value());
            } else {
                LOG.warn("could not compare the checksum of {}: {}", name, String.valueOf(o.error()));
                verdicts.put(name, Verdict.unknown("its checksum could not be read: " + o.error()));
            }
        }
        return verdicts;
    }
}
