package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.CountListener;
import dev.awsrecipes.s3.DeletedBucket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;

/**
 * S13: empties a bucket and deletes it. Every version and delete marker is listed ({@code
 * ListObjectVersions} also returns the objects of an unversioned bucket, as version {@code null}) and
 * deleted in {@code DeleteObjects} batches of 1,000, S3's maximum, while the listing goes on.
 *
 * <p>Deleting while paginating must not pull the ground from under the listing: the entries of the
 * key a page's markers name are deleted only after the next page was listed (versitygw 1.8 answers a
 * listing whose {@code VersionIdMarker} no longer exists with an empty page, which would end it
 * early), and an entry a server lists again is not deleted or counted twice. When the listing ends the
 * bucket is listed once more from the start, and whatever is still there is deleted too, until a
 * listing comes back empty: the bucket is empty when {@code DeleteBucket} is sent, on any server.
 */
record BucketDeleter(RecipeContext context) {
    static final int BATCH = 1000;

    /** Rounds of "list from the start, delete what is there" after the paginated pass, at most. */
    private static final int SWEEPS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(BucketDeleter.class);

    DeletedBucket delete(String bucket, CountListener deleted) {
        BucketNames.check("bucket", bucket);
        S3Client s3 = S3Services.client(context, Buckets.location(S3Services.client(context), bucket));
        Deletions deletions = new Deletions(s3, bucket, new Deleted(deleted));
        try {
            deleteWhileListing(s3, bucket, deletions);
            deletions.awaitAll();
            sweep(s3, bucket, deletions);
        } catch (RuntimeException | Error e) {
            // No batch is left running (or starts later) once the error goes up.
            deletions.cancelAndAwait();
            throw e;
        }
        // Unfinished multipart uploads are not objects, but their parts are billed until aborted. All are
        // listed before the first is aborted, so aborting cannot disturb the listing's markers.
        List<MultipartUpload> uploads = s3.listMultipartUploadsPaginator(l -> l.bucket(bucket)).uploads().stream()
                .toList();
        for (MultipartUpload upload : uploads) {
            s3.abortMultipartUpload(a -> a.bucket(bucket).key(upload.key()).uploadId(upload.uploadId()));
        }
        s3.deleteBucket(d -> d.bucket(bucket));
        LOG.info(
                "deleted bucket {} with {} versions and {} delete markers",
                bucket,
                deletions.versions,
                deletions.markers);
        return new DeletedBucket(bucket, deletions.versions, deletions.markers, deletions.batches);
    }

    /** Counts deleted versions across the batches and tells the listener, one report at a time. */
    private static final class Deleted {
        private final CountListener listener;
        private long count;

        Deleted(CountListener listener) {
            this.listener = listener;
        }

        synchronized void add(int versions) {
            count += versions;
            try {
                listener.counted(count, 0);
            } catch (RuntimeException e) {
                LOG.warn("delete-bucket listener failed; the deletion goes on", e);
            }
        }
    }

    /** One pass over the listing, page by page, deleting behind it. */
    private static void deleteWhileListing(S3Client s3, String bucket, Deletions deletions) {
        KeyRange cursor = KeyRange.ALL;
        List<ObjectIdentifier> heldBack = List.of();
        while (true) {
            KeyRange from = cursor;
            ListObjectVersionsResponse page = s3.listObjectVersions(
                    l -> l.bucket(bucket).keyMarker(from.afterKey()).versionIdMarker(from.afterVersion()));
            // The previous marker key's entries may go now: the listing has moved past them.
            heldBack.forEach(deletions::add);
            String nextKey = Boolean.TRUE.equals(page.isTruncated()) ? page.nextKeyMarker() : null;
            List<ObjectIdentifier> atNextKey = new ArrayList<>();
            Set<String> seenOfNextKey = new HashSet<>();
            for (Entry entry : entries(page)) {
                if (from.precedes(entry.id().key(), entry.id().versionId())) {
                    continue;
                }
                deletions.count(entry.deleteMarker());
                if (entry.id().key().equals(nextKey)) {
                    atNextKey.add(entry.id());
                    seenOfNextKey.add(entry.id().versionId());
                } else {
                    deletions.add(entry.id());
                }
            }
            heldBack = atNextKey;
            if (nextKey == null
                    || (nextKey.equals(from.afterKey())
                            && Objects.equals(page.nextVersionIdMarker(), from.afterVersion()))) {
                break;
            }
            cursor = from.continuedAt(nextKey, page.nextVersionIdMarker(), seenOfNextKey);
        }
        heldBack.forEach(deletions::add);
        deletions.flush();
    }

    /** Lists from the start until nothing is left, deleting what a listing finds. */
    private static void sweep(S3Client s3, String bucket, Deletions deletions) {
        long missed = 0;
        for (int round = 0; round < SWEEPS; round++) {
            ListObjectVersionsResponse page = s3.listObjectVersions(l -> l.bucket(bucket));
            List<Entry> left = entries(page);
            if (left.isEmpty()) {
                if (missed > 0) {
                    LOG.warn(
                            "the listing of bucket {} missed {} versions; they were deleted afterwards",
                            bucket,
                            missed);
                }
                return;
            }
            for (Entry entry : left) {
                deletions.count(entry.deleteMarker());
                deletions.add(entry.id());
            }
            missed += left.size();
            deletions.flush();
            deletions.awaitAll();
        }
        throw new AwsRecipesException("bucket " + bucket + " still lists versions after " + SWEEPS
                + " rounds of deleting them; run delete-bucket again to go on");
    }

    /** A version or delete marker as listed. */
    private record Entry(ObjectIdentifier id, boolean deleteMarker) {}

    private static List<Entry> entries(ListObjectVersionsResponse page) {
        List<Entry> entries = new ArrayList<>();
        page.versions().forEach(v -> entries.add(new Entry(id(v.key(), v.versionId()), false)));
        page.deleteMarkers().forEach(m -> entries.add(new Entry(id(m.key(), m.versionId()), true)));
        return entries;
    }

    private static ObjectIdentifier id(String key, String versionId) {
        return ObjectIdentifier.builder().key(key).versionId(versionId).build();
    }

    /**
     * The deletions under way: batches of up to 1,000, each a {@link RunOnce} task on the context's
     * executor, and the counts. Not {@link dev.awsrecipes.core.ParallelCalls}: a batch is sent as soon
     * as the listing has filled it, so deleting overlaps listing, and there is no list of calls to hand
     * over up front. At most {@link RecipeContext#maxInFlight()} batches are outstanding: the listing
     * waits for the oldest (sending it itself if no executor thread has started it) before it sends
     * another, so a bucket of millions of keys neither floods the executor nor holds its keys in memory.
     * A failed batch ends the deletion when it is waited for.
     */
    private final class Deletions {
        private final S3Client s3;
        private final String bucket;
        private final Deleted done;
        private final Deque<RunOnce<Void>> outstanding = new ArrayDeque<>();
        private int batches;
        private List<ObjectIdentifier> batch = new ArrayList<>(BATCH);
        private long versions;
        private long markers;

        Deletions(S3Client s3, String bucket, Deleted done) {
            this.s3 = s3;
            this.bucket = bucket;
            this.done = done;
        }

        void count(boolean deleteMarker) {
            if (deleteMarker) {
                markers++;
            } else {
                versions++;
            }
        }

        void add(ObjectIdentifier id) {
            batch.add(id);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                dropFinished();
                while (outstanding.size() >= context.maxInFlight()) {
                    outstanding.poll().join();
                }
                List<ObjectIdentifier> keys = List.copyOf(batch);
                outstanding.add(RunOnce.submit(context.executor(), () -> {
                    deleteBatch(s3, bucket, keys, done);
                    return null;
                }));
                batches++;
                batch = new ArrayList<>(BATCH);
            }
        }

        /** Forgets the batches that have ended; a failed one throws its error here. */
        private void dropFinished() {
            for (Iterator<RunOnce<Void>> it = outstanding.iterator(); it.hasNext(); ) {
                RunOnce<Void> sent = it.next();
                if (sent.result().isDone()) {
                    it.remove();
                    sent.join();
                }
            }
        }

        void awaitAll() {
            while (!outstanding.isEmpty()) {
                outstanding.poll().join();
            }
        }

        void cancelAndAwait() {
            outstanding.forEach(RunOnce::cancelAndAwait);
            outstanding.clear();
        }
    }

    private static void deleteBatch(S3Client s3, String bucket, List<ObjectIdentifier> keys, Deleted done) {
        // Quiet mode: S3 answers only with the keys it could not delete.
        DeleteObjectsResponse response = s3.deleteObjects(
                d -> d.bucket(bucket).delete(x -> x.objects(keys).quiet(true)));
        if (response.hasErrors() && !response.errors().isEmpty()) {
            S3Error first = response.errors().get(0);
            throw new AwsRecipesException("could not delete "
                    + response.errors().size() + " of " + keys.size()
                    + " objects in bucket " + bucket + ", e.g. " + first.key() + ": " + first.code() + " "
                    + first.message());
        }
        done.add(keys.size());
    }
}
