package dev.awsrecipes.cli;

import software.amazon.awssdk.services.s3.S3Client;

/** A test's bucket removed with the plain SDK (not with the command line under test). */
public final class TestBuckets {
    private TestBuckets() {}

    /** Aborts the bucket's unfinished uploads, deletes its objects, then the bucket. */
    public static void removeWithContents(S3Client s3, String bucket) {
        s3.listMultipartUploadsPaginator(r -> r.bucket(bucket))
                .uploads()
                .forEach(u -> s3.abortMultipartUpload(
                        r -> r.bucket(bucket).key(u.key()).uploadId(u.uploadId())));
        s3.listObjectsV2Paginator(r -> r.bucket(bucket))
                .contents()
                .forEach(o -> s3.deleteObject(r -> r.bucket(bucket).key(o.key())));
        s3.deleteBucket(r -> r.bucket(bucket));
    }
}
