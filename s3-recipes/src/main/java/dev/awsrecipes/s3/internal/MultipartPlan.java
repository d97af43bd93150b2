package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.S3Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * How a file (an upload) or an object (a multipart copy) is cut into parts: the part size, grown to stay
 * within 10,000 parts, and the ranges. The one place that rule lives: uploads and copies both plan here.
 */
record MultipartPlan(long fileSize, long partSize, List<PartRange> parts) {

    MultipartPlan {
        parts = List.copyOf(parts);
    }

    /** The plan for a file, growing the requested part size if the file would need more than 10,000 parts. */
    static MultipartPlan of(long fileSize, long requestedPartSize) {
        return withPartSize(fileSize, partSizeFor(fileSize, requestedPartSize));
    }

    /** The plan with exactly this part size (a resumed upload keeps the one it started with). */
    static MultipartPlan withPartSize(long fileSize, long partSize) {
        List<PartRange> parts = new ArrayList<>();
        int number = 1;
        for (long offset = 0; offset < fileSize; offset += partSize) {
            parts.add(new PartRange(number++, offset, Math.min(partSize, fileSize - offset)));
        }
        return new MultipartPlan(fileSize, partSize, parts);
    }

    /**
     * The requested size, or the smallest whole number of MiB that fits the file in 10,000 parts when
     * the requested one does not.
     */
    static long partSizeFor(long fileSize, long requestedPartSize) {
        long minimum = ceilDiv(fileSize, S3Limits.MAX_PARTS);
        if (requestedPartSize >= minimum) {
            return requestedPartSize;
        }
        return ceilDiv(minimum, S3Limits.MIB) * S3Limits.MIB;
    }

    /** Parts of a stream upload between two growths of the part size. */
    static final int STREAM_PARTS_PER_STEP = 1_000;

    /**
     * The size of part {@code partNumber} of an upload whose length is unknown (a stream): the requested
     * size (at least the smallest that works) for the first 1,000 parts, doubled for every 1,000 after,
     * never over 5 GiB. Doubling nine times over 10,000 parts sums to 1,023,000 first-step parts, so the
     * first step is at least {@code 5 TiB / 1,023,000} (rounded up to a MiB): whatever the stream's length,
     * 10,000 parts reach 5 TiB, while a short stream is sent in small parts held in little memory.
     */
    static long streamPartSize(int partNumber, long requestedPartSize) {
        int steps = S3Limits.MAX_PARTS / STREAM_PARTS_PER_STEP;
        long firstStepParts = STREAM_PARTS_PER_STEP * ((1L << steps) - 1);
        long smallest = ceilDiv(ceilDiv(S3Limits.MAX_OBJECT_SIZE, firstStepParts), S3Limits.MIB) * S3Limits.MIB;
        long first = Math.max(requestedPartSize, smallest);
        int step = Math.min((partNumber - 1) / STREAM_PARTS_PER_STEP, steps - 1);
        return Math.min(first << step, S3Limits.MAX_PART_SIZE);
    }

    int partCount() {
        return parts.size();
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
