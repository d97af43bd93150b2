package dev.awsrecipes.s3;

/**
 * An object stored by {@link S3Transfers#upload} and verified against the local file.
 *
 * @param bucket the bucket
 * @param key the object's key
 * @param bytes the object's size, equal to the file's
 * @param eTag the object's ETag as S3 reports it (for multipart objects, {@code "<md5 of part md5s>-<parts>"})
 * @param parts how many parts it was sent in (1 for a single {@code PutObject})
 * @param partSize the part size used (the file size for a single {@code PutObject})
 * @param checksum the checksum S3 holds for the object in {@code checksumAlgorithm} (base64; composite
 *     {@code "...-N"} for multipart, except CRC64NVME, always of the whole object), equal to the one
 *     computed from the local file
 * @param partsResumed parts that an earlier, interrupted run had already stored and that were kept
 * @param checksumAlgorithm the {@link ChecksumAlgorithm} of {@code checksum}
 */
public record UploadResult(
        String bucket,
        String key,
        long bytes,
        String eTag,
        int parts,
        long partSize,
        String checksum,
        int partsResumed,
        ChecksumAlgorithm checksumAlgorithm) {

    /** An object whose checksum is a CRC32C (the default algorithm). */
    public UploadResult(
            String bucket,
            String key,
            long bytes,
            String eTag,
            int parts,
            long partSize,
            String checksum,
            int partsResumed) {
        this(bucket, key, bytes, eTag, parts, partSize, checksum, partsResumed, ChecksumAlgorithm.CRC32C);
    }

    /** Whether the object was sent in parts. */
    public boolean multipart() {
        return parts > 1 || partsResumed > 0 || (checksum != null && checksum.contains("-"));
    }
}
