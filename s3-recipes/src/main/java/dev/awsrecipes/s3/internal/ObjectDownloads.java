package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.s3.DownloadSpec;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Learns what a download will fetch: one {@code HeadObject}, and the part layout when the checksum needs it. */
final class ObjectDownloads {
    private static final Logger LOG = LoggerFactory.getLogger(ObjectDownloads.class);

    private ObjectDownloads() {}

    static DownloadPlan plan(S3Client s3, DownloadSpec spec) {
        HeadObjectResponse head;
        try {
            head = s3.headObject(r -> r.bucket(spec.bucket()).key(spec.key()).checksumMode(ChecksumMode.ENABLED));
        } catch (S3Exception e) {
            if (AwsErrors.isNotFound(e)) {
                throw new AwsRecipesException(
                        "s3://" + spec.bucket() + "/" + spec.key() + " does not exist (no such bucket or key)", e);
            }
            throw e;
        }
        long size = head.contentLength();
        Optional<StoredChecksum> checksum = StoredChecksum.of(head);
        if (checksum.isEmpty()) {
            LOG.info(
                    "s3://{}/{} has no stored checksum this recipe can check; relying on size and ETag",
                    spec.bucket(),
                    spec.key());
        }
        List<Long> parts = checksum.filter(StoredChecksum::composite).isPresent() && size > 0
                ? ObjectLayout.partSizes(s3, spec.bucket(), spec.key(), head.eTag(), size)
                : List.of(size);
        // A range size the caller gave is one GET per range, as asked; the default one is fetched in larger GETs.
        long requestSize =
                spec.partSizeGiven() ? 0 : DownloadPlan.autoRequestSize(size, spec.concurrency(), spec.partSize());
        return DownloadPlan.of(
                size,
                head.eTag(),
                checksum,
                parts,
                spec.partSize(),
                spec.output().isPresent(),
                requestSize);
    }
}
