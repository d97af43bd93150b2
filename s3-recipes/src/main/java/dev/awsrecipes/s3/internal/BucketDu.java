package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.BucketDuSpec;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.CountListener;
import dev.awsrecipes.s3.UsageSource;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * S4: sums sizes by listing, one request per step, with up to {@code parallelism} steps in flight on
 * the context's executor (each a {@link RunOnce} task, which the counting thread runs itself when no
 * executor thread has started it). The steps partition the key space exactly, so every key is counted once.
 *
 * <ul>
 *   <li>A bucket that fits in one page costs one request, as a plain listing would.
 *   <li>When the first page is full, the top-level folder holding its last key (if any) is continued
 *       from that key as a plain range, and one listing with delimiter {@code /} starting past that
 *       folder's end finds the folders and loose keys after it. Each folder found is then listed on its
 *       own with its name as {@code Prefix}, so S3 returns exactly its keys and no request reads past
 *       the end of its share; a page with more folders than workers is cut into that many key ranges
 *       instead, so a thousand small folders do not cost a thousand requests.
 *   <li>A range that is still long when a worker would otherwise sit idle is cut ({@link KeyRanges});
 *       while every worker is busy it is continued page by page, so cutting never costs requests that
 *       buy no parallelism.
 * </ul>
 *
 * <p>Nothing relies on how a server treats a start key inside a folder: AWS and versitygw leave out
 * the folder that holds {@code StartAfter} from a delimited listing, some emulators report it. The folder
 * listing starts past the continued folder and ignores it if it comes back anyway. Entries at or
 * before a step's start that a server lists again are dropped ({@link KeyRange#precedes}).
 *
 * <p>Versions ({@code allVersions}) are listed by key ranges only: folder discovery applies to the
 * current objects.
 */
record BucketDu(RecipeContext context) {
    private static final Logger LOG = LoggerFactory.getLogger(BucketDu.class);

    BucketUsage count(BucketDuSpec spec, CountListener listener) {
        Check.notNull(spec, "spec");
        String bucket = spec.bucket();
        Lister lister = new Lister(S3Services.client(context), spec);
        Tally total = new Tally();
        // Not ParallelCalls: each listing's result decides the steps that follow (folders found, a range
        // continued or cut), so steps are handed to the executor as results arrive, never known up front.
        BlockingQueue<RunOnce<Found>> ended = new LinkedBlockingQueue<>();
        Deque<Step> waiting = new ArrayDeque<>(List.of(new RangeStep(spec.prefix(), KeyRange.ALL, true)));
        Set<RunOnce<Found>> running = new LinkedHashSet<>();
        try {
            while (!waiting.isEmpty() || !running.isEmpty()) {
                while (!waiting.isEmpty() && running.size() < spec.parallelism()) {
                    Step step = waiting.poll();
                    RunOnce<Found> listing = RunOnce.submit(context.executor(), () -> lister.list(step));
                    listing.result().whenComplete((found, error) -> ended.add(listing));
                    running.add(listing);
                }
                RunOnce<Found> next = nextEnded(ended, running);
                running.remove(next);
                Found found = next.join();
                total.add(found.tally());
                report(listener, total);
                waiting.addAll(found.next());
                if (found.rest() != null) {
                    continueOrCut(found, spec.parallelism() - running.size() - waiting.size(), waiting);
                }
            }
        } catch (RuntimeException | Error e) {
            // Listings not started never run; those in flight end on their own (a listing changes nothing).
            running.forEach(RunOnce::cancel);
            throw e;
        } catch (InterruptedException e) {
            running.forEach(RunOnce::cancel);
            Thread.currentThread().interrupt();
            throw new AwsRecipesException("interrupted while listing bucket " + bucket, e);
        }
        LOG.debug(
                "bucket-du {}: {} objects, {} bytes, {} requests", bucket, total.objects, total.bytes, total.requests);
        return total.usage(bucket, spec.prefix(), spec.allVersions(), UsageSource.LISTING, Instant.now());
    }

    /**
     * A listing that has ended, the first to end if several have. When none has, this thread lists a
     * step that no executor thread has started (so an executor with no free thread slows the count down
     * but never stops it), or else waits.
     */
    private static RunOnce<Found> nextEnded(BlockingQueue<RunOnce<Found>> ended, Set<RunOnce<Found>> running)
            throws InterruptedException {
        RunOnce<Found> next = ended.poll();
        if (next != null) {
            return next;
        }
        for (RunOnce<Found> listing : running) {
            if (listing.unstarted()) {
                listing.run();
                break;
            }
        }
        return ended.take();
    }

    /** Only this (the coordinating) thread reports, so the counts only grow. */
    private static void report(CountListener listener, Tally total) {
        try {
            listener.counted(total.objects, total.bytes);
        } catch (RuntimeException e) {
            LOG.warn("bucket-du listener failed; the count goes on", e);
        }
    }

    /**
     * The rest of a range goes on as one step while it would have at most one free worker to itself
     * (first in line, so a range is finished before new ones start); with more free workers it is cut
     * into as many ranges as there are free workers.
     */
    private static void continueOrCut(Found found, int freeWorkers, Deque<Step> waiting) {
        RangeStep rest = found.rest();
        if (freeWorkers < 2) {
            waiting.addFirst(rest);
            return;
        }
        for (KeyRange range : KeyRanges.split(rest.prefix(), found.pageFirst(), rest.range(), freeWorkers)) {
            waiting.add(new RangeStep(rest.prefix(), range, false));
        }
    }

    /**
     * What follows a full first page under {@code prefix} that ended at {@code lastKey}: the folder that
     * holds the key continued from it, and the folder listing from past that folder's end (or from the
     * key itself when it sits directly under the prefix).
     */
    static List<Step> afterFirstPage(String prefix, String lastKey) {
        String folder = Folders.holding(prefix, lastKey);
        if (folder == null) {
            return List.of(new FolderStep(prefix, lastKey, null));
        }
        return List.of(
                new RangeStep(folder, new KeyRange(lastKey, null, null), false),
                new FolderStep(prefix, Folders.pastEnd(folder), folder));
    }

    /** One request's worth of listing. */
    sealed interface Step permits RangeStep, FolderStep {}

    /**
     * One page of a key range listed with {@code prefix}; {@code firstOfBucket} marks the very first
     * page, after which folders are looked for.
     */
    record RangeStep(String prefix, KeyRange range, boolean firstOfBucket) implements Step {}

    /**
     * One page of the folder listing under {@code prefix} (delimiter {@code /}), from after {@code
     * startAfter}; {@code skipFolder}, when set, is a folder counted by a step of its own, whose keys and
     * name this listing ignores.
     */
    record FolderStep(String prefix, String startAfter, String skipFolder) implements Step {
        /** Whether a key or folder name the server listed belongs to this listing. */
        boolean owns(String keyOrFolder) {
            if (skipFolder != null && keyOrFolder.startsWith(skipFolder)) {
                return false;
            }
            return startAfter == null || KeyRanges.compare(keyOrFolder, startAfter) > 0;
        }
    }

    /**
     * What one step counted, the steps it found (folders, the next folder page) and the rest of its
     * range when the range goes on, with the first key of the page that ended at the rest's start.
     */
    private record Found(Tally tally, List<Step> next, RangeStep rest, String pageFirst) {
        static Found done(Tally tally) {
            return new Found(tally, List.of(), null, null);
        }
    }

    /** Lists one step; called from the executor's threads, shares nothing but the client. */
    private static final class Lister {
        private final S3Client s3;
        private final BucketDuSpec spec;

        Lister(S3Client s3, BucketDuSpec spec) {
            this.s3 = s3;
            this.spec = spec;
        }

        Found list(Step step) {
            if (step instanceof FolderStep folders) {
                return folders(folders);
            }
            RangeStep range = (RangeStep) step;
            return spec.allVersions() ? versions(range) : objects(range);
        }

        private Found objects(RangeStep step) {
            Tally tally = new Tally();
            KeyRange range = step.range();
            ListObjectsV2Response page = s3.listObjectsV2(l ->
                    l.bucket(spec.bucket()).prefix(emptyToNull(step.prefix())).startAfter(range.afterKey()));
            tally.requests++;
            String first = null;
            String last = null;
            for (S3Object o : page.contents()) {
                if (range.precedes(o.key())) {
                    continue;
                }
                if (!range.contains(o.key())) {
                    return Found.done(tally);
                }
                first = first == null ? o.key() : first;
                last = o.key();
                tally.add(ObjectStore.storageClassOf(o.storageClassAsString()), o.size());
            }
            if (!Boolean.TRUE.equals(page.isTruncated())) {
                return Found.done(tally);
            }
            if (last == null) {
                throw new AwsRecipesException("listing bucket " + spec.bucket() + " after " + range.afterKey()
                        + " returned no new key but says more follow; the count would be wrong");
            }
            if (step.firstOfBucket() && spec.parallelism() > 1) {
                return new Found(tally, afterFirstPage(step.prefix(), last), null, null);
            }
            RangeStep rest = new RangeStep(step.prefix(), new KeyRange(last, null, range.upTo()), false);
            return new Found(tally, List.of(), rest, first);
        }

        /**
         * Counts the keys that sit directly under the prefix and turns every folder into a step of its
         * own. A full page without folders goes on as a plain key range, which can be cut. A page with
         * more folders than workers is cut into key ranges instead ({@link #ranges}).
         */
        private Found folders(FolderStep step) {
            Tally tally = new Tally();
            ListObjectsV2Response page = s3.listObjectsV2(l -> l.bucket(spec.bucket())
                    .prefix(emptyToNull(step.prefix()))
                    .delimiter(Folders.DELIMITER)
                    .startAfter(step.startAfter()));
            tally.requests++;
            List<S3Object> keys =
                    page.contents().stream().filter(o -> step.owns(o.key())).toList();
            List<String> folders = page.commonPrefixes().stream()
                    .map(CommonPrefix::prefix)
                    .filter(step::owns)
                    .toList();
            boolean truncated = Boolean.TRUE.equals(page.isTruncated());
            if (folders.size() > spec.parallelism()) {
                return ranges(step, keys, folders, truncated, tally);
            }
            keys.forEach(o -> tally.add(ObjectStore.storageClassOf(o.storageClassAsString()), o.size()));
            List<Step> next = new ArrayList<>();
            folders.forEach(folder -> next.add(new RangeStep(folder, KeyRange.ALL, false)));
            if (!truncated) {
                return new Found(tally, next, null, null);
            }
            if (next.isEmpty() && !keys.isEmpty() && page.commonPrefixes().isEmpty()) {
                // Only loose keys so far: the rest goes on without the delimiter, as a range that can be cut.
                // It starts after the last loose key, which lies after the skipped folder, if any.
                String last = keys.get(keys.size() - 1).key();
                RangeStep rest = new RangeStep(step.prefix(), new KeyRange(last, null, null), false);
                return new Found(tally, next, rest, keys.get(0).key());
            }
            // The next page starts after the last entry of this one: past the end of its last folder, or
            // after its last key. Continuation tokens are not used: some servers cannot read their own
            // tokens after a non-ASCII key, and a start key past a folder needs no server to decide.
            String after = lastEntry(page);
            if (after == null || KeyRanges.compare(after, step.startAfter() == null ? "" : step.startAfter()) <= 0) {
                throw new AwsRecipesException("listing the folders of bucket " + spec.bucket()
                        + " says more follow but does not move on; the count would be wrong");
            }
            next.add(new FolderStep(step.prefix(), after, step.skipFolder()));
            return new Found(tally, next, null, null);
        }

        /**
         * Many folders: a request for each would cost one request per folder however small it is. The
         * page's entries (loose keys and folders, in key order) are cut instead into as many consecutive
         * key ranges as there are workers, each listed without the delimiter (and cut further while
         * workers are free); they count the loose keys too. Ranges meet at an entry: a key, or the last
         * key its folder can hold, so together they cover the page's span exactly once. The folder
         * listing goes on after the page when it is truncated.
         */
        private Found ranges(
                FolderStep step, List<S3Object> keys, List<String> folders, boolean truncated, Tally tally) {
            List<String> ends = new ArrayList<>();
            keys.forEach(o -> ends.add(o.key()));
            folders.forEach(folder -> ends.add(Folders.pastEnd(folder)));
            ends.sort(KeyRanges::compare);
            int groups = Math.min(spec.parallelism(), ends.size());
            List<Step> next = new ArrayList<>();
            String start = step.startAfter();
            for (int g = 1; g <= groups; g++) {
                boolean lastGroup = g == groups;
                String end = lastGroup && !truncated ? null : ends.get(g * ends.size() / groups - 1);
                next.add(new RangeStep(step.prefix(), new KeyRange(start, null, end), false));
                start = end;
            }
            if (truncated) {
                next.add(new FolderStep(step.prefix(), start, step.skipFolder()));
            }
            return new Found(tally, next, null, null);
        }

        /** The start key after everything a delimited page listed: its last key or past its last folder. */
        private static String lastEntry(ListObjectsV2Response page) {
            String last = page.contents().isEmpty()
                    ? null
                    : page.contents().get(page.contents().size() - 1).key();
            if (!page.commonPrefixes().isEmpty()) {
                String pastFolder = Folders.pastEnd(page.commonPrefixes()
                        .get(page.commonPrefixes().size() - 1)
                        .prefix());
                if (last == null || KeyRanges.compare(pastFolder, last) > 0) {
                    last = pastFolder;
                }
            }
            return last;
        }

        private Found versions(RangeStep step) {
            Tally tally = new Tally();
            KeyRange range = step.range();
            ListObjectVersionsResponse page = s3.listObjectVersions(l -> l.bucket(spec.bucket())
                    .prefix(emptyToNull(step.prefix()))
                    .keyMarker(range.afterKey())
                    .versionIdMarker(range.afterVersion()));
            tally.requests++;
            String nextKey = page.nextKeyMarker();
            Set<String> seenOfNextKey = new HashSet<>();
            String first = null;
            boolean beyond = false;
            for (ObjectVersion o : page.versions()) {
                if (range.precedes(o.key(), o.versionId())) {
                    continue;
                }
                if (!range.contains(o.key())) {
                    beyond = true;
                    continue;
                }
                first = first == null ? o.key() : first;
                tally.add(ObjectStore.storageClassOf(o.storageClassAsString()), o.size());
                if (o.key().equals(nextKey)) {
                    seenOfNextKey.add(o.versionId());
                }
            }
            for (DeleteMarkerEntry marker : page.deleteMarkers()) {
                if (range.precedes(marker.key(), marker.versionId())) {
                    continue;
                }
                if (!range.contains(marker.key())) {
                    beyond = true;
                    continue;
                }
                tally.deleteMarkers++;
                if (marker.key().equals(nextKey)) {
                    seenOfNextKey.add(marker.versionId());
                }
            }
            if (beyond || !Boolean.TRUE.equals(page.isTruncated())) {
                return Found.done(tally);
            }
            if (nextKey == null
                    || (nextKey.equals(range.afterKey())
                            && Objects.equals(page.nextVersionIdMarker(), range.afterVersion()))) {
                throw new AwsRecipesException("listing the versions of bucket " + spec.bucket() + " after "
                        + range.afterKey() + " does not move on but says more follow; the count would be wrong");
            }
            if (!range.contains(nextKey)) {
                return Found.done(tally);
            }
            KeyRange rest = range.continuedAt(nextKey, page.nextVersionIdMarker(), seenOfNextKey);
            return new Found(
                    tally, List.of(), new RangeStep(step.prefix(), rest, false), first == null ? nextKey : first);
        }

        private static String emptyToNull(String prefix) {
            return prefix.isEmpty() ? null : prefix;
        }
    }
}
