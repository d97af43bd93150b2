package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.S3Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one download fetches: the object as it was when the download began (size, ETag, stored
 * checksum), the sizes of the parts it was uploaded in (one "part", the whole object, unless its
 * checksum is composite) and the ranges to GET. A range never crosses a part boundary, so each part's
 * checksum can be put together from its ranges'.
 *
 * @param size the object's size
 * @param eTag the object's ETag, required of every GET (If-Match)
 * @param checksum what S3 stores, if this recipe can check it
 * @param objectParts the part sizes that the checksum is made of
 * @param partSize the largest range
 * @param ranges the ranges to fetch, in order
 */
record DownloadPlan(
        long size,
        String eTag,
        Optional<StoredChecksum> checksum,
        List<Long> objectParts,
        long partSize,
        List<Range> ranges) {

    /** The most ranges one download is cut into; the part size grows beyond that. */
    static final int MAX_RANGES = 10_000;

    /**
     * One ranged GET: bytes {@code [offset, offset + length)} of the object, inside object part
     * {@code objectPart}.
     */
    record Range(int index, int objectPart, long offset, long length) {
        /** The number shown to people, from 1. */
        int number() {
            return index + 1;
        }
    }

    DownloadPlan {
        objectParts = List.copyOf(objectParts);
        ranges = List.copyOf(ranges);
    }

    /** The largest range held in memory when the target is a stream. */
    static final long MAX_STREAM_RANGE = 256 * S3Limits.MIB;

    /**
     * The plan for an object. To a file the range size grows so there are at most {@link #MAX_RANGES}
     * ranges (the resume state lists them); to a stream ranges are held in memory, so they stay at most
     * {@link #MAX_STREAM_RANGE}, however many there are.
     */
    static DownloadPlan of(
            long size,
            String eTag,
            Optional<StoredChecksum> checksum,
            List<Long> objectParts,
            long requestedPartSize,
            boolean toStream) {
        long partSize = toStream
                ? Math.min(requestedPartSize, MAX_STREAM_RANGE)
                : Math.max(
                        requestedPartSize,
                        ((size + MAX_RANGES - 1) / MAX_RANGES + S3Limits.MIB - 1) / S3Limits.MIB * S3Limits.MIB);
        List<Range> ranges = new ArrayList<>();
        long offset = 0;
        for (int part = 0; part < objectParts.size(); part++) {
            long end = offset + objectParts.get(part);
            for (long at = offset; at < end; at += partSize) {
                ranges.add(new Range(ranges.size(), part, at, Math.min(partSize, end - at)));
            }
            offset = end;
        }
        return new DownloadPlan(size, eTag, checksum, objectParts, partSize, ranges);
    }

    /** The CRC each range is checked with: the stored one when it is a CRC, CRC32C otherwise. */
    StoredChecksum.Algorithm rangeCrc() {
        return checksum.filter(c -> c.algorithm().isCrc())
                .map(StoredChecksum::algorithm)
                .orElse(StoredChecksum.Algorithm.CRC32C);
    }

    /** A text that is equal for two plans exactly when they fetch the same bytes in the same ranges. */
    String identity() {
        return size + "|" + eTag + "|" + partSize + "|" + objectParts;
    }
}
