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
 * @param checksum what the bytes were checked against: S3's stored checksum as {@code ALGORITHM:value}
 *     (composite values end in {@code -N}), or {@code "size+ETag"} when S3 stores no checksum this
 *     recipe can check
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
        String checksum,
        int partsResumed,
        long bytesFetched) {

    /** The file written, if the download went to a file. */
    public Optional<Path> target() {
        return Optional.ofNullable(file);
    }

    /** Whether S3's stored checksum (not only size and ETag) was checked. */
    public boolean checksumVerified() {
        return !SIZE_AND_ETAG.equals(checksum);
    }

    /** The {@link #checksum()} of an object S3 stores no checkable checksum for. */
    public static final String SIZE_AND_ETAG = "size+ETag";
}
