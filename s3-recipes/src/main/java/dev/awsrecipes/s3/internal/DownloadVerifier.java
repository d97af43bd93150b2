package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.ChecksumCheck;
import dev.awsrecipes.s3.DownloadMismatchException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks the bytes written against the checksum the object carries. CRCs (CRC64NVME, CRC32C, CRC32) come
 * from the ranges (put together per part, then for the object, without reading the bytes again); SHA
 * digests and the MD5 of an ETag need the bytes in order, so the caller supplies them per part. With no
 * checksum to check, the download rests on the size and on every GET having required the same ETag.
 */
final class DownloadVerifier {
    private DownloadVerifier() {}

    /**
     * What the bytes were checked against, or a {@link DownloadMismatchException}.
     *
     * @param rangeCrcs the CRC of each range, by index, in the plan's {@link DownloadPlan#rangeCrc()}
     * @param partDigests the digest of each object part, asked for only when the checksum is a digest
     */
    static ChecksumCheck verify(
            String bucket, String key, DownloadPlan plan, long[] rangeCrcs, Supplier<List<byte[]>> partDigests) {
        if (plan.checksum().isEmpty()) {
            return ChecksumCheck.notVerified(StoredChecksum.whyNone(plan.eTag()));
        }
        StoredChecksum stored = plan.checksum().get();
        int parts = plan.objectParts().size();
        if (stored.compositeParts() > 0 && stored.compositeParts() != parts) {
            throw new DownloadMismatchException(
                    bucket,
                    key,
                    "S3's checksum is made of " + stored.compositeParts() + " parts, the object lists " + parts);
        }
        StoredChecksum.Algorithm algorithm = stored.algorithm();
        String actual;
        if (algorithm.isCrc()) {
            List<Long> partCrcs = partCrcs(plan, rangeCrcs);
            actual = stored.composite()
                    ? StoredChecksum.compositeCrc(algorithm, partCrcs)
                    : algorithm.text(StoredChecksum.combineCrcs(algorithm, partCrcs, plan.objectParts()));
        } else {
            List<byte[]> digests = partDigests.get();
            actual = stored.composite()
                    ? StoredChecksum.compositeDigest(algorithm, digests)
                    : algorithm.text(digests.get(0));
        }
        if (!actual.equals(stored.value())) {
            throw new DownloadMismatchException(
                    bucket,
                    key,
                    (algorithm == StoredChecksum.Algorithm.MD5 ? "its ETag is " : "S3 stores ")
                            + stored.describe(parts)
                            + ", the bytes received give " + algorithm + ":" + actual
                            + (stored.composite() ? "-" + parts : ""));
        }
        return stored.verified(parts);
    }

    /** The CRC of each object part, from the CRCs of its ranges. */
    private static List<Long> partCrcs(DownloadPlan plan, long[] rangeCrcs) {
        List<Long> parts = new ArrayList<>(plan.objectParts().size());
        StoredChecksum.Algorithm algorithm = plan.rangeCrc();
        long current = 0;
        int currentPart = -1;
        for (DownloadPlan.Range range : plan.ranges()) {
            long crc = rangeCrcs[range.index()];
            if (range.objectPart() != currentPart) {
                if (currentPart >= 0) {
                    parts.add(current);
                }
                currentPart = range.objectPart();
                current = crc;
            } else {
                current = algorithm.combine(current, crc, range.length());
            }
        }
        if (currentPart >= 0) {
            parts.add(current);
        }
        return parts;
    }
}
