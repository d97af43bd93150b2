package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.BatchResult;
import dev.awsrecipes.s3.ListSpec;
import dev.awsrecipes.s3.ListedObject;
import dev.awsrecipes.s3.ObjectAction.Delete;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Deletes what a listing names while it lists: each {@code DeleteObjects} batch of 1,000 keys is sent as soon as
 * the listing has filled it, with at most {@link RecipeContext#maxInFlight()} batches outstanding (the listing
 * waits for the oldest before it sends another), so a prefix of millions of keys is deleted in bounded memory
 * and deleting overlaps listing, as {@link BucketDeleter} does for a whole bucket. Deleting keys the listing has
 * passed never disturbs it: {@code ListObjectsV2} continues after the last key it gave. Folders of a listing
 * that is not recursive are not objects and are skipped. Each key's outcome goes to the batch's listener; a
 * key S3 refused is a failure in the result and the others go on. A listing that fails ends the deletion
 * once the batches already sent have ended, with the listing's error.
 */
final class ListingDeleter {
    private static final int BATCH = 1000;

    private final RecipeContext context;
    private final S3Client s3;
    private final BatchRunner deletions;
    private final Deque<RunOnce<Void>> outstanding = new ArrayDeque<>();

    ListingDeleter(RecipeContext context, S3Client s3, BatchRunner deletions) {
        this.context = context;
        this.s3 = s3;
        this.deletions = deletions;
    }

    BatchResult delete(ListSpec spec) {
        List<Delete> batch = new ArrayList<>(BATCH);
        try (Stream<ListedObject> listing = new ObjectListing(s3, spec).stream()) {
            for (Iterator<ListedObject> it = listing.iterator(); it.hasNext(); ) {
                ListedObject object = it.next();
                if (object.folder()) {
                    continue;
                }
                batch.add(new Delete(object.uri()));
                if (batch.size() == BATCH) {
                    send(spec.bucket(), batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                send(spec.bucket(), batch);
            }
            while (!outstanding.isEmpty()) {
                outstanding.poll().join();
            }
        } catch (RuntimeException | Error e) {
            // The batches already sent end (or never start) before the error goes up: nothing runs on after.
            outstanding.forEach(RunOnce::cancelAndAwait);
            throw e;
        }
        return deletions.result();
    }

    private void send(String bucket, List<Delete> batch) {
        outstanding.removeIf(sent -> sent.result().isDone());
        while (outstanding.size() >= context.maxInFlight()) {
            outstanding.poll().join();
        }
        outstanding.add(RunOnce.submit(context.executor(), () -> {
            deletions.deleteObjects(bucket, batch);
            return null;
        }));
    }
}
