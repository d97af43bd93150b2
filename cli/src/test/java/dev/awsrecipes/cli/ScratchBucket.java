package dev.awsrecipes.cli;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.testing.LocalStack;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A uniquely named bucket for one test, made and checked with the plain SDK (not with the command line
 * under test): on close its unfinished uploads are aborted, its objects and the bucket deleted, and the
 * session closed.
 */
public final class ScratchBucket implements AutoCloseable {
    private final Aws aws;
    private final S3Client s3;
    private final String name;

    /** A new, empty bucket in the session's account; the bucket owns the session from now on. */
    public ScratchBucket(Aws aws, String prefix) {
        this.aws = aws;
        this.s3 = aws.client(S3Recipes.S3);
        this.name = LocalStack.uniqueName(prefix);
        s3.createBucket(r -> r.bucket(name));
    }

    /** The session the bucket was made with. */
    public Aws aws() {
        return aws;
    }

    /** The client that checks what the command line did. */
    public S3Client s3() {
        return s3;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        try {
            s3.listMultipartUploadsPaginator(r -> r.bucket(name))
                    .uploads()
                    .forEach(u -> s3.abortMultipartUpload(
                            r -> r.bucket(name).key(u.key()).uploadId(u.uploadId())));
            s3.listObjectsV2Paginator(r -> r.bucket(name))
                    .contents()
                    .forEach(o -> s3.deleteObject(r -> r.bucket(name).key(o.key())));
            s3.deleteBucket(r -> r.bucket(name));
        } finally {
            aws.close();
        }
    }
}
