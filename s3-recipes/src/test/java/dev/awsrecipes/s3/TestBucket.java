package dev.awsrecipes.s3;

import dev.awsrecipes.testing.LocalStack;
import software.amazon.awssdk.services.s3.S3Client;

/** A bucket of its own for one test, emptied (objects and unfinished uploads) and deleted on close. */
final class TestBucket implements AutoCloseable {
    private final S3Client s3;
    private final String name;

    TestBucket(S3Client s3) {
        this.s3 = s3;
        this.name = LocalStack.uniqueName("s3b");
        s3.createBucket(r -> r.bucket(name));
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        s3.listMultipartUploadsPaginator(r -> r.bucket(name))
                .uploads()
                .forEach(u ->
                        s3.abortMultipartUpload(r -> r.bucket(name).key(u.key()).uploadId(u.uploadId())));
        s3.listObjectsV2Paginator(r -> r.bucket(name))
                .contents()
                .forEach(o -> s3.deleteObject(r -> r.bucket(name).key(o.key())));
        s3.deleteBucket(r -> r.bucket(name));
    }
}
