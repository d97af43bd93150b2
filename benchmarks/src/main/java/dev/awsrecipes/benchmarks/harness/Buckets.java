package dev.awsrecipes.benchmarks.harness;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Setting up and tearing down the benchmarks' buckets. */
public final class Buckets {
    private Buckets() {}

    /** The session's S3 client (path-style against LocalStack), the one the recipes use. */
    public static S3Client s3(Aws aws) {
        return aws.client(S3Recipes.S3);
    }

    /** Deletes every object and unfinished multipart upload, then the bucket; a missing bucket is fine. */
    public static void deleteWithContents(Aws aws, String bucket) {
        S3Client s3 = s3(aws);
        try {
            s3.listMultipartUploadsPaginator(r -> r.bucket(bucket))
                    .uploads()
                    .forEach(u -> s3.abortMultipartUpload(
                            r -> r.bucket(bucket).key(u.key()).uploadId(u.uploadId())));
            List<ObjectIdentifier> batch = new ArrayList<>();
            for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents()) {
                batch.add(ObjectIdentifier.builder().key(o.key()).build());
                if (batch.size() == 1000) {
                    deleteBatch(s3, bucket, batch);
                }
            }
            deleteBatch(s3, bucket, batch);
            s3.deleteBucket(r -> r.bucket(bucket));
        } catch (NoSuchBucketException e) {
            // already gone: nothing to clean up
        }
    }

    private static void deleteBatch(S3Client s3, String bucket, List<ObjectIdentifier> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<ObjectIdentifier> keys = List.copyOf(batch);
        s3.deleteObjects(r -> r.bucket(bucket).delete(d -> d.objects(keys).quiet(true)));
        batch.clear();
    }
}
