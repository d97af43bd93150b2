package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.CountListener;
import dev.awsrecipes.s3.DeletedBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;

/**
 * S13: empties a bucket and deletes it. Every version and delete marker is listed ({@code
 * ListObjectVersions} also returns the objects of an unversioned bucket, as version {@code null}) and
 * deleted in {@code DeleteObjects} batches of 1,000, S3's maximum, while the listing goes on.
 */
final class BucketDeleter {
    static final int BATCH = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(BucketDeleter.class);

    private final Aws aws;

    BucketDeleter(Aws aws) {
        this.aws = aws;
    }

    DeletedBucket delete(String bucket, CountListener deleted) {
        BucketNames.check("bucket", bucket);
        S3Client s3 = S3Services.client(aws, Buckets.location(S3Services.client(aws), bucket));
        List<CompletableFuture<Void>> batches = new ArrayList<>();
        List<ObjectIdentifier> batch = new ArrayList<>(BATCH);
        long versions = 0;
        long markers = 0;
        Deleted done = new Deleted(deleted);
        try {
            for (var page : s3.listObjectVersionsPaginator(l -> l.bucket(bucket))) {
                for (var v : page.versions()) {
                    batch.add(ObjectIdentifier.builder()
                            .key(v.key())
                            .versionId(v.versionId())
                            .build());
                    versions++;
                    batch = flushIfFull(s3, bucket, batch, batches, done);
                }
                for (var m : page.deleteMarkers()) {
                    batch.add(ObjectIdentifier.builder()
                            .key(m.key())
                            .versionId(m.versionId())
                            .build());
                    markers++;
                    batch = flushIfFull(s3, bucket, batch, batches, done);
                }
            }
            if (!batch.isEmpty()) {
                batches.add(submit(s3, bucket, batch, done));
            }
            batches.forEach(CompletableFuture::join);
        } catch (CompletionException e) {
            CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new))
                    .handle((ok, error) -> null)
                    .join();
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AwsRecipesException("emptying bucket " + bucket + " failed", e.getCause());
        }
        // Unfinished multipart uploads are not objects, but their parts are billed until aborted.
        for (var upload :
                s3.listMultipartUploadsPaginator(l -> l.bucket(bucket)).uploads()) {
            s3.abortMultipartUpload(a -> a.bucket(bucket).key(upload.key()).uploadId(upload.uploadId()));
        }
        s3.deleteBucket(d -> d.bucket(bucket));
        LOG.info("deleted bucket {} with {} versions and {} delete markers", bucket, versions, markers);
        return new DeletedBucket(bucket, versions, markers, batches.size());
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

    private List<ObjectIdentifier> flushIfFull(
            S3Client s3,
            String bucket,
            List<ObjectIdentifier> batch,
            List<CompletableFuture<Void>> batches,
            Deleted done) {
        if (batch.size() < BATCH) {
            return batch;
        }
        batches.add(submit(s3, bucket, batch, done));
        return new ArrayList<>(BATCH);
    }

    private CompletableFuture<Void> submit(S3Client s3, String bucket, List<ObjectIdentifier> batch, Deleted done) {
        List<ObjectIdentifier> keys = List.copyOf(batch);
        return CompletableFuture.runAsync(
                () -> {
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
                },
                aws.executor());
    }
}
