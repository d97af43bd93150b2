package dev.awsrecipes.s3;

/**
 * The result of a server-side copy or move.
 *
 * @param sourceBucket where the object came from
 * @param sourceKey its key there
 * @param bucket where the copy is
 * @param key the copy's key
 * @param eTag the copy's entity tag, without quotes
 * @param bytes the object's size
 * @param parts 0 when one {@code CopyObject} call did it; otherwise the number of {@code UploadPartCopy} parts
 * @param metadataReplaced whether the copy got new user metadata instead of the source's
 * @param sourceDeleted whether the source was deleted afterwards (a move)
 */
public record CopiedObject(
        String sourceBucket,
        String sourceKey,
        String bucket,
        String key,
        String eTag,
        long bytes,
        int parts,
        boolean metadataReplaced,
        boolean sourceDeleted) {}
