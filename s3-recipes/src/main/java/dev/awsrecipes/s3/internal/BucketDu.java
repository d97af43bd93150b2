package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.s3.BucketDuSpec;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.BucketUsage;
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
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * S4: sums sizes by listing. A bucket that fits in one page costs one request; a larger one is cut
 * into key ranges ({@link KeyRanges}) listed at the same time on the session's executor. The ranges
 * partition the key space exactly, so every key is counted once whatever the cuts.
 */
final class BucketDu {
    private static final Logger LOG = LoggerFactory.getLogger(BucketDu.class);

    private final Aws aws;

    BucketDu(Aws aws) {
        this.aws = aws;
    }

    BucketUsage count(BucketDuSpec spec) {
        Check.notNull("spec", spec);
        String bucket = BucketNames.check("bucket", spec.bucket());
        Check.inRange("parallelism", spec.parallelism(), 1, 256);
        Check.that(spec.prefix().length() <= 1024, "prefix", "is longer than any S3 key");
        S3Client s3 = S3Services.client(aws);
        Tally total = new Tally();
        CompletionService<Scan> done = new ExecutorCompletionService<>(aws.executor());
        Deque<KeyRange> waiting = new ArrayDeque<>(List.of(KeyRange.ALL));
        List<Future<Scan>> started = new ArrayList<>();
        int running = 0;
        try {
            while (!waiting.isEmpty() || running > 0) {
                while (!waiting.isEmpty() && running < spec.parallelism()) {
                    KeyRange range = waiting.poll();
                    started.add(done.submit(() -> scan(s3, spec, range)));
                    running++;
                }
                Scan scan = done.take().get();
                running--;
                total.add(scan.tally());
                waiting.addAll(scan.rest());
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

    /** Lists one range until it ends, or until its first full page shows it is worth cutting. */
    private static Scan scan(S3Client s3, BucketDuSpec spec, KeyRange range) {
        return spec.allVersions() ? scanVersions(s3, spec, range) : scanObjects(s3, spec, range);
    }

    private static Scan scanObjects(S3Client s3, BucketDuSpec spec, KeyRange range) {
        Tally tally = new Tally();
        String after = range.afterKey();
        while (true) {
            String startAfter = after;
            ListObjectsV2Response page = s3.listObjectsV2(l -> l.bucket(spec.bucket())
                    .prefix(spec.prefix().isEmpty() ? null : spec.prefix())
                    .startAfter(startAfter));
            tally.requests++;
            List<S3Object> objects = page.contents();
            for (S3Object o : objects) {
                if (!range.contains(o.key())) {
                    return new Scan(tally, List.of());
                }
                tally.add(ObjectStore.storageClassOf(o.storageClassAsString()), o.size());
            }
            if (!Boolean.TRUE.equals(page.isTruncated()) || objects.isEmpty()) {
                return new Scan(tally, List.of());
            }
            after = objects.get(objects.size() - 1).key();
            KeyRange rest = new KeyRange(after, null, range.upTo());
            List<KeyRange> cut = KeyRanges.split(spec.prefix(), objects.get(0).key(), rest, spec.parallelism());
            if (cut.size() > 1) {
                return new Scan(tally, cut);
            }
        }
    }

    private static Scan scanVersions(S3Client s3, BucketDuSpec spec, KeyRange range) {
        Tally tally = new Tally();
        String keyMarker = range.afterKey();
        String versionMarker = range.afterVersion();
        while (true) {
            String k = keyMarker;
            String v = versionMarker;
            ListObjectVersionsResponse page = s3.listObjectVersions(l -> l.bucket(spec.bucket())
                    .prefix(spec.prefix().isEmpty() ? null : spec.prefix())
                    .keyMarker(k)
                    .versionIdMarker(v));
            tally.requests++;
            String first = null;
            for (ObjectVersion o : page.versions()) {
                if (!range.contains(o.key())) {
                    return new Scan(tally, List.of());
                }
                first = first == null ? o.key() : first;
                tally.add(ObjectStore.storageClassOf(o.storageClassAsString()), o.size());
            }
            for (DeleteMarkerEntry marker : page.deleteMarkers()) {
                if (range.contains(marker.key())) {
                    tally.deleteMarkers++;
                }
            }
            if (!Boolean.TRUE.equals(page.isTruncated())) {
                return new Scan(tally, List.of());
            }
            keyMarker = page.nextKeyMarker();
            versionMarker = page.nextVersionIdMarker();
            if (!range.contains(keyMarker)) {
                return new Scan(tally, List.of());
            }
            KeyRange rest = new KeyRange(keyMarker, versionMarker, range.upTo());
            List<KeyRange> cut =
                    KeyRanges.split(spec.prefix(), first == null ? keyMarker : first, rest, spec.parallelism());
            if (cut.size() > 1) {
                return new Scan(tally, cut);
            }
        }
    }

    private record Scan(Tally tally, List<KeyRange> rest) {}

    /** Counts of one range; merged by the listing thread only, so no locking. */
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
