package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.S3Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * What one download fetches: the object as it was when the download began (size, ETag, stored
 * checksum), the sizes of the parts it was uploaded in (one "part", the whole object, unless its
 * checksum is composite) and the ranges it is cut into. A range never crosses a part boundary, so each
 * part's checksum can be put together from its ranges'; a range is also what a resumed download keeps.
 *
 * <p>A GET may ask for several consecutive ranges at once (up to {@code requestSize} bytes; the
 * fetcher checksums each range on the way): every request costs a round of the SDK's pipeline (signing,
 * interceptors, a response parsed), so a 1 GiB object in 8 MiB ranges, one GET each, spent more CPU on
 * requests than on bytes. The request size is not part of the plan's {@link #identity()}: a download
 * resumed with another concurrency keeps what was written.
 *
 * @param size the object's size
 * @param eTag the object's ETag, required of every GET (If-Match)
 * @param checksum what S3 stores, if this recipe can check it
 * @param objectParts the part sizes that the checksum is made of
 * @param partSize the largest range
 * @param ranges the ranges to fetch, in order
 * @param requestSize the most bytes one GET asks for: {@code partSize} or more
 */
record DownloadPlan(
        long size,
        String eTag,
        Optional<StoredChecksum> checksum,
        List<Long> objectParts,
        long partSize,
        List<Range> ranges,
        long requestSize) {

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

    /**
     * GETs the automatic request size aims at per range in flight: enough that a range in flight that
     * ends late (a slow connection) leaves the others little to wait for at the end, few enough that
     * the requests' own cost stays small beside the bytes'.
     */
    static final int REQUESTS_PER_SLOT = 4;

    /**
     * The largest automatic request. Measured on versitygw (docs/benchmarks/download-requests.md): CPU
     * for 1 GiB fell from 8 MiB GETs to 16 MiB ones and not measurably beyond (16 to 256 MiB within the
     * runs' spread), so the cap only keeps GETs per range in flight up where objects are large; a failed
     * request is tried again from the first range it had not finished, so a large one wastes no more on
     * a retry.
     */
    static final long MAX_AUTO_REQUEST = 128 * S3Limits.MIB;

    /**
     * The request size chosen for an object of {@code size} bytes fetched {@code concurrency} GETs at a
     * time in ranges of {@code partSize}: about {@link #REQUESTS_PER_SLOT} GETs per range in flight, in
     * whole ranges, at least one range and at most {@link #MAX_AUTO_REQUEST} (or one range if that is
     * larger). 1 GiB at 8 in flight in 8 MiB ranges: 32 MiB GETs, 32 of them instead of 128.
     */
    static long autoRequestSize(long size, int concurrency, long partSize) {
        long slots = (long) concurrency * REQUESTS_PER_SLOT;
        long perRequest = (size + slots - 1) / slots;
        long rangesPerRequest = Math.max(1, Math.min(perRequest, MAX_AUTO_REQUEST) / partSize);
        return rangesPerRequest * partSize;
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
        return of(size, eTag, checksum, objectParts, requestedPartSize, toStream, 0);
    }

    /**
     * {@link #of(long, String, Optional, List, long, boolean)} whose GETs each ask for up to {@code
     * requestSize} bytes of consecutive ranges (to a file; a stream's ranges are held in memory one GET
     * each, so there it is the range size, as it is when {@code requestSize} is at most one range).
     */
    static DownloadPlan of(
            long size,
            String eTag,
            Optional<StoredChecksum> checksum,
            List<Long> objectParts,
            long requestedPartSize,
            boolean toStream,
            long requestSize) {
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
        long request = toStream ? partSize : Math.max(partSize, requestSize);
        return new DownloadPlan(size, eTag, checksum, objectParts, partSize, ranges, request);
    }

    /**
     * The GETs that fetch the ranges {@code wanted} (by index): runs of consecutive wanted ranges (one
     * GET reads one stretch of the object, across part boundaries) of at most {@link #requestSize()}
     * bytes, at least one range each, in order.
     */
    List<List<Range>> requests(IntPredicate wanted) {
        List<List<Range>> requests = new ArrayList<>();
        List<Range> current = new ArrayList<>();
        long currentBytes = 0;
        for (Range range : ranges) {
            boolean fits = !current.isEmpty()
                    && current.get(current.size() - 1).index() == range.index() - 1
                    && currentBytes + range.length() <= requestSize;
            if (!current.isEmpty() && (!wanted.test(range.index()) || !fits)) {
                requests.add(List.copyOf(current));
                current.clear();
                currentBytes = 0;
            }
            if (wanted.test(range.index())) {
                current.add(range);
                currentBytes += range.length();
            }
        }
        if (!current.isEmpty()) {
            requests.add(List.copyOf(current));
        }
        return requests;
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
