package dev.awsrecipes.testing;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;

/**
 * A uniquely named bucket for one test, made and removed with the plain SDK (not with the recipes or the
 * command line under test): on close every version, delete marker and unfinished upload goes, then the
 * bucket. Closing a bucket that a test already deleted is fine. The client stays the caller's to close.
 */
public final class ScratchBucket implements AutoCloseable {
    private final S3Client s3;
    private final String name;

    private ScratchBucket(S3Client s3, String name) {
        this.s3 = s3;
        this.name = name;
    }

    /** A new, empty bucket in the client's region. */
    public static ScratchBucket create(S3Client s3, String prefix) {
        ScratchBucket bucket = named(s3, prefix);
        s3.createBucket(b -> b.bucket(bucket.name));
        return bucket;
    }

    /** A unique name, cleaned up on close if a test creates it. */
    public static ScratchBucket named(S3Client s3, String prefix) {
        return new ScratchBucket(s3, LocalStack.uniqueName(prefix));
    }

    /** The bucket's name. */
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
            List<ObjectIdentifier> all = new ArrayList<>();
            s3.listObjectVersionsPaginator(r -> r.bucket(name)).forEach(page -> {
                page.versions()
                        .forEach(v -> all.add(ObjectIdentifier.builder()
                                .key(v.key())
                                .versionId(v.versionId())
                                .build()));
                page.deleteMarkers()
                        .forEach(m -> all.add(ObjectIdentifier.builder()
                                .key(m.key())
                                .versionId(m.versionId())
                                .build()));
            });
            for (int i = 0; i < all.size(); i += 1000) {
                List<ObjectIdentifier> batch = all.subList(i, Math.min(all.size(), i + 1000));
                s3.deleteObjects(
                        d -> d.bucket(name).delete(x -> x.objects(batch).quiet(true)));
            }
            s3.deleteBucket(r -> r.bucket(name));
        } catch (NoSuchBucketException gone) {
            // Deleted by the test itself, or never created.
        } catch (SdkException e) {
            if (!e.getMessage().contains("NoSuchBucket")) {
                throw e;
            }
        }
    }
}
