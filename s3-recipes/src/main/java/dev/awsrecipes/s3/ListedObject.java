package dev.awsrecipes.s3;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of {@link S3Transfers#listObjects(ListSpec)}: an object, or, in a listing that is not
 * recursive, a "folder" (a common prefix S3 reports for keys that go on below it).
 *
 * @param bucket the bucket
 * @param key the whole key; a folder's ends with {@code /}
 * @param name the key relative to the listing's {@link ListSpec#folder() folder}, which copies and syncs use
 *     to name what they create
 * @param bytes the object's size; 0 for a folder
 * @param lastModified when the object was stored; null for a folder
 * @param eTag S3's entity tag without quotes; null for a folder
 * @param storageClass the storage class S3 reports (e.g. {@code STANDARD}); null for a folder
 * @param folder whether this is a common prefix rather than an object
 */
public record ListedObject(
        String bucket,
        String key,
        String name,
        long bytes,
        Instant lastModified,
        String eTag,
        String storageClass,
        boolean folder) {

    /** The entry's path, {@code s3://bucket/key}. */
    public S3Uri uri() {
        return new S3Uri(bucket, key);
    }

    /** When the object was stored; empty for a folder. */
    public Optional<Instant> modified() {
        return Optional.ofNullable(lastModified);
    }
}
