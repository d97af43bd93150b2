package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * The sizes of the parts a multipart object was uploaded in, which a composite checksum needs: it is
 * made of one checksum per part. It asks {@code HeadObject} with a part number, which S3 documents and
 * S3-compatible servers commonly implement: the first and the last part show whether all parts but the
 * last have one size (what every uploader does), and only when they do not is every part asked for.
 * ({@code GetObjectAttributes} would list them in one call, but it is newer and less widely implemented:
 * a server that answers it with a date the SDK cannot parse makes the SDK log a stack trace on stderr.)
 */
final class ObjectLayout {
    private static final Logger LOG = LoggerFactory.getLogger(ObjectLayout.class);

    private ObjectLayout() {}

    /** The part sizes, in order, of an object of {@code size} bytes with the given ETag. */
    static List<Long> partSizes(S3Client s3, String bucket, String key, String eTag, long size) {
        HeadObjectResponse first = headPart(s3, bucket, key, eTag, 1);
        int count = first.partsCount() == null ? 1 : first.partsCount();
        long firstSize = first.contentLength();
        if (count == 1) {
            return List.of(size);
        }
        long lastOffset = (count - 1) * firstSize;
        HeadObjectResponse last = headPart(s3, bucket, key, eTag, count);
        if (lastOffset < size && startOf(last) == lastOffset && last.contentLength() == size - lastOffset) {
            List<Long> uniform = new ArrayList<>(count);
            for (int i = 1; i < count; i++) {
                uniform.add(firstSize);
            }
            uniform.add(size - lastOffset);
            return uniform;
        }
        LOG.info("s3://{}/{} has {} parts of different sizes; asking for each", bucket, key, count);
        return everyPart(s3, bucket, key, eTag, size, count);
    }

    /**
     * The part sizes, each asked for: what {@link #partSizes} falls back to when the first and last parts
     * show the parts are not uniform, and what {@link #correctedLayout} compares with a plan.
     */
    private static List<Long> everyPart(S3Client s3, String bucket, String key, String eTag, long size, int count) {
        List<Long> sizes = new ArrayList<>(count);
        for (int part = 1; part <= count; part++) {
            sizes.add(headPart(s3, bucket, key, eTag, part).contentLength());
        }
        if (sizes.stream().mapToLong(Long::longValue).sum() != size) {
            throw new AwsRecipesException(
                    "the parts of s3://" + bucket + "/" + key + " do not add up to its size " + size);
        }
        return sizes;
    }

    /**
     * The real part sizes when they differ from the plan's, which {@link #partSizes} may have guessed
     * from the first and last parts alone (with three parts or more, a middle one can differ while those
     * two look uniform). Asked only after a checksum failed, so a valid object is not called damaged.
     */
    static Optional<List<Long>> correctedLayout(S3Client s3, String bucket, String key, DownloadPlan plan) {
        int count = plan.objectParts().size();
        if (count < 3) {
            return Optional.empty();
        }
        List<Long> parts = everyPart(s3, bucket, key, plan.eTag(), plan.size(), count);
        return parts.equals(plan.objectParts()) ? Optional.empty() : Optional.of(parts);
    }

    private static HeadObjectResponse headPart(S3Client s3, String bucket, String key, String eTag, int part) {
        return s3.headObject(r -> r.bucket(bucket).key(key).partNumber(part).ifMatch(eTag));
    }

    /** The first byte of a part, from its {@code Content-Range: bytes a-b/total}. */
    private static long startOf(HeadObjectResponse part) {
        String range = part.contentRange();
        if (range == null || !range.startsWith("bytes ")) {
            return -1;
        }
        int dash = range.indexOf('-');
        return dash < 0 ? -1 : Long.parseLong(range.substring(6, dash).trim());
    }
}
