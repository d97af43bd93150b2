package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.DownloadMismatchException;
import dev.awsrecipes.s3.DownloadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks the bytes written against the checksum S3 stores for the object. CRCs come from the ranges
 * (put together per part, then for the object, without reading the bytes again); SHA digests need the
 * bytes in order, so the caller supplies them per part. With no checkable checksum stored, the
 * download rests on the size and on every GET having required the same ETag.
 */
final class DownloadVerifier {
    private DownloadVerifier() {}

    /**
     * What the bytes were checked against (as {@link DownloadResult#checksum()} reports it), or a
     * {@link DownloadMismatchException}.
     *
     * @param rangeCrcs the CRC of each range, by index, in the plan's {@link DownloadPlan#rangeCrc()}
     * @param partDigests the digest of each object part, asked for only when the stored checksum is a SHA
     */
    static String verify(
            String bucket, String key, DownloadPlan plan, int[] rangeCrcs, Supplier<List<byte[]>> partDigests) {
        if (plan.checksum().isEmpty()) {
            return DownloadResult.SIZE_AND_ETAG;
        }
        StoredChecksum stored = plan.checksum().get();
        int parts = plan.objectParts().size();
        if (stored.compositeParts() > 0 && stored.compositeParts() != parts) {
            throw new DownloadMismatchException(
                    bucket,
                    key,
                    "S3's checksum is made of " + stored.compositeParts() + " parts, the object lists " + parts);
        }
        String actual;
        if (stored.algorithm().isCrc()) {
            List<Integer> partCrcs = partCrcs(plan, rangeCrcs);
            actual = stored.composite()
                    ? StoredChecksum.compositeCrc(stored.algorithm(), partCrcs)
                    : StoredChecksum.base64(
                            StoredChecksum.combineCrcs(stored.algorithm(), partCrcs, plan.objectParts()));
        } else {
            List<byte[]> digests = partDigests.get();
            actual = stored.composite()
                    ? StoredChecksum.compositeDigest(stored.algorithm(), digests)
                    : java.util.Base64.getEncoder().encodeToString(digests.get(0));
        }
        if (!actual.equals(stored.value())) {
            throw new DownloadMismatchException(
                    bucket,
                    key,
                    "S3 stores " + stored.describe(parts)
                            + ", the bytes received give " + stored.algorithm() + ":" + actual
                            + (stored.composite() ? "-" + parts : ""));
        }
        return stored.describe(parts);
    }

    /** The CRC of each object part, from the CRCs of its ranges. */
    private static List<Integer> partCrcs(DownloadPlan plan, int[] rangeCrcs) {
        List<Integer> parts = new ArrayList<>(plan.objectParts().size());
        int polynomial = plan.rangeCrc().polynomial();
        int current = 0;
        int currentPart = -1;
        for (DownloadPlan.Range range : plan.ranges()) {
            int crc = rangeCrcs[range.index()];
            if (range.objectPart() != currentPart) {
                if (currentPart >= 0) {
                    parts.add(current);
                }
                currentPart = range.objectPart();
                current = crc;
            } else {
                current = Crc32Combine.combine(polynomial, current, crc, range.length());
            }
        }
        if (currentPart >= 0) {
            parts.add(current);
        }
        return parts;
    }
}
