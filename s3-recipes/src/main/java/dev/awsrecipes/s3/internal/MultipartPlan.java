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

    int partCount() {
        return parts.size();
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
