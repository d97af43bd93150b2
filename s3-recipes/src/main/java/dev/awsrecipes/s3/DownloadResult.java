package dev.awsrecipes.s3;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An object fetched by {@link S3Transfers#download} and verified.
 *
 * @param bucket the bucket
 * @param key the object's key
 * @param bytes the object's size, equal to what was written
 * @param file the file it now is, or {@code null} when it went to a stream
 * @param eTag the object's ETag, which every ranged GET required (If-Match)
 * @param parts how many ranged GETs it was fetched in
 * @param partSize the largest range fetched at once
 * @param checksumCheck what the bytes were checked against: which checksum S3 stores for the object (a
 *     CRC64NVME, CRC32C, CRC32, SHA-256 or SHA-1, of the whole object or composite), or the MD5 ETag of
 *     an object stored in one piece; or, when it has none, why not
 * @param partsResumed parts that an earlier, interrupted run had already written and that were kept
 * @param bytesFetched bytes fetched from S3 by this run (less than {@code bytes} after a resume)
 */
public record DownloadResult(
        String bucket,
        String key,
        long bytes,
        Path file,
        String eTag,
        int parts,
        long partSize,
        ChecksumCheck checksumCheck,
        int partsResumed,
        long bytesFetched) {

    /** The file written, if the download went to a file. */
    public Optional<Path> target() {
        return Optional.ofNullable(file);
    }

    /**
     * What the bytes were checked against as text: {@code ALGORITHM:value} (composite values end in
     * {@code -N}; an MD5 ETag is {@code MD5:hex}), or {@value #SIZE_AND_ETAG} when the object has no
     * checksum to check.
     */
    public String checksum() {
        return checksumCheck.text();
    }

    /** Whether a checksum (S3's stored one or an MD5 ETag), not only size and ETag, was checked. */
    public boolean checksumVerified() {
        return checksumCheck.verified();
    }

    /** The {@link #checksum()} of an object that has no checksum to check. */
    public static final String SIZE_AND_ETAG = "size+ETag";
}
