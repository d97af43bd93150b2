package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.s3.BucketDuSpec;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.CountListener;
import dev.awsrecipes.s3.StorageClassUsage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
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
 * the session's executor. The steps partition the key space exactly, so every key is counted once.
 *
 * <ul>
 *   <li>A bucket that fits in one page costs one request, as a plain listing would.
 *   <li>When the first page is full, one listing with delimiter {@code /} finds the bucket's top-level
 *       folders. Each folder is then listed on its own with its name as {@code Prefix}, so S3 returns
 *       exactly its keys and no request reads past the end of its share.
 *   <li>A range that is still long when a worker would otherwise sit idle is cut ({@link KeyRanges});
 *       while every worker is busy it is continued page by page, so cutting never costs requests that
 *       buy no parallelism.
 * </ul>
 *
 * <p>Versions ({@code allVersions}) are listed by key ranges only: folder discovery applies to the
 * current objects.
 */
final class BucketDu {
    private static final Logger LOG = LoggerFactory.getLogger(BucketDu.class);

    /** The folder separator nearly every bucket uses; a bucket without it is cut by key ranges. */
    private static final String DELIMITER = "/";

    private final Aws aws;

    BucketDu(Aws aws) {
        this.aws = aws;
    }

    BucketUsage count(BucketDuSpec spec, CountListener listener) {
        Check.notNull("spec", spec);
        String bucket = BucketNames.check("bucket", spec.bucket());
        Check.inRange("parallelism", spec.parallelism(), 1, 256);
        Check.that(spec.prefix().length() <= 1024, "prefix", "is longer than any S3 key");
        Lister lister = new Lister(S3Services.client(aws), spec);
        Tally total = new Tally();
        CompletionService<Found> done = new ExecutorCompletionService<>(aws.executor());
        Deque<Step> waiting = new ArrayDeque<>(List.of(new RangeStep(spec.prefix(), KeyRange.ALL, true)));
        List<Future<Found>> started = new ArrayList<>();
        int running = 0;
        try {
            while (!waiting.isEmpty() || running > 0) {
                while (!waiting.isEmpty() && running < spec.parallelism()) {
                    Step step = waiting.poll();
                    started.add(done.submit(() -> lister.list(step)));
                    running++;
                }
                Found found = done.take().get();
                running--;
                total.add(found.tally());
                report(listener, total);
                waiting.addAll(found.next());
                if (found.rest() != null) {
                    continueOrCut(found, spec.parallelism() - running - waiting.size(), waiting);
                }
            }
        } catch (ExecutionException e) {
            started.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AwsRecipesException("listing bucket " + bucket + " failed", e.getCause());
        } catch (InterruptedException e) {
            started.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new AwsRecipesException("interrupted while listing bucket " + bucket, e);
        }
        LOG.debug(
                "bucket-du {}: {} objects, {} bytes, {} requests", bucket, total.objects, total.bytes, total.requests);
        return new BucketUsage(
                bucket,
                spec.prefix(),
                spec.allVersions(),
                total.objects,
                total.bytes,
                total.deleteMarkers,
                total.byClass,
                total.requests);
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

    /** One request's worth of listing. */
    private sealed interface Step permits RangeStep, FolderStep {}

    /**
     * One page of a key range listed with {@code prefix}; {@code firstOfBucket} marks the very first
     * page, after which folders are looked for.
     */
    private record RangeStep(String prefix, KeyRange range, boolean firstOfBucket) implements Step {}

    /** One page of the folder listing (delimiter {@code /}), from after a key or from a continuation token. */
    private record FolderStep(String startAfter, String token) implements Step {}

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
            List<S3Object> objects = page.contents();
            for (S3Object o : objects) {
                if (!range.contains(o.key())) {
                    return Found.done(tally);
                }
                tally.add(ObjectStore.storageClassOf(o.storageClassAsString()), o.size());
            }
            if (!Boolean.TRUE.equals(page.isTruncated()) || objects.isEmpty()) {
                return Found.done(tally);
            }
            String last = objects.get(objects.size() - 1).key();
            if (step.firstOfBucket() && spec.parallelism() > 1) {
                return new Found(tally, List.of(new FolderStep(last, null)), null, null);
            }
            RangeStep rest = new RangeStep(step.prefix(), new KeyRange(last, null, range.upTo()), false);
            return new Found(tally, List.of(), rest, objects.get(0).key());
        }

        /**
         * Counts the keys that sit directly under the prefix and turns every folder into a step of its
         * own. A folder that holds {@code startAfter} is listed from there, as its earlier keys are
         * already counted. A full page without folders goes on as a plain key range, which can be cut.
         */
        private Found folders(FolderStep step) {
            Tally tally = new Tally();
            ListObjectsV2Response page = s3.listObjectsV2(l -> l.bucket(spec.bucket())
                    .prefix(emptyToNull(spec.prefix()))
                    .delimiter(DELIMITER)
                    .startAfter(step.startAfter())
                    .continuationToken(step.token()));
            tally.requests++;
            for (S3Object o : page.contents()) {
                tally.add(ObjectStore.storageClassOf(o.storageClassAsString()), o.size());
            }
            List<Step> next = new ArrayList<>();
            for (CommonPrefix folder : page.commonPrefixes()) {
                String from = step.startAfter() != null && step.startAfter().startsWith(folder.prefix())
                        ? step.startAfter()
                        : null;
                next.add(new RangeStep(folder.prefix(), new KeyRange(from, null, null), false));
            }
            if (!Boolean.TRUE.equals(page.isTruncated()) || page.nextContinuationToken() == null) {
                return new Found(tally, next, null, null);
            }
            if (next.isEmpty() && !page.contents().isEmpty()) {
                List<S3Object> keys = page.contents();
                String last = keys.get(keys.size() - 1).key();
                RangeStep rest = new RangeStep(spec.prefix(), new KeyRange(last, null, null), false);
                return new Found(tally, next, rest, keys.get(0).key());
            }
            next.add(new FolderStep(null, page.nextContinuationToken()));
            return new Found(tally, next, null, null);
        }

        private Found versions(RangeStep step) {
            Tally tally = new Tally();
            KeyRange range = step.range();
            ListObjectVersionsResponse page = s3.listObjectVersions(l -> l.bucket(spec.bucket())
                    .prefix(emptyToNull(step.prefix()))
                    .keyMarker(range.afterKey())
                    .versionIdMarker(range.afterVersion()));
            tally.requests++;
            String first = null;
            for (ObjectVersion o : page.versions()) {
                if (!range.contains(o.key())) {
                    return Found.done(tally);
                }
                first = first == null ? o.key() : first;
                tally.add(ObjectStore.storageClassOf(o.storageClassAsString()), o.size());
            }
            for (DeleteMarkerEntry marker : page.deleteMarkers()) {
                if (range.contains(marker.key())) {
                    tally.deleteMarkers++;
                }
            }
            String keyMarker = page.nextKeyMarker();
            if (!Boolean.TRUE.equals(page.isTruncated()) || !range.contains(keyMarker)) {
                return Found.done(tally);
            }
            KeyRange rest = new KeyRange(keyMarker, page.nextVersionIdMarker(), range.upTo());
            return new Found(
                    tally, List.of(), new RangeStep(step.prefix(), rest, false), first == null ? keyMarker : first);
        }

        private static String emptyToNull(String prefix) {
            return prefix.isEmpty() ? null : prefix;
        }
    }

    /** Counts of one step; merged by the coordinating thread only, so no locking. */
    private static final class Tally {
        long objects;
        long bytes;
        long deleteMarkers;
        long requests;
        final Map<String, StorageClassUsage> byClass = new HashMap<>();

        void add(String storageClass, Long size) {
            long n = size == null ? 0 : size;
            objects++;
            bytes += n;
            byClass.merge(storageClass, new StorageClassUsage(1, n), StorageClassUsage::plus);
        }

        void add(Tally other) {
            objects += other.objects;
            bytes += other.bytes;
            deleteMarkers += other.deleteMarkers;
            requests += other.requests;
            other.byClass.forEach((k, v) -> byClass.merge(k, v, StorageClassUsage::plus));
        }
    }
}
