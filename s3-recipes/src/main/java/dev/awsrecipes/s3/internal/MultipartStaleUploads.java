package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.s3.StaleUpload;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Multipart uploads nobody finished: listed (every page) and aborted, which frees their billed parts. */
record MultipartStaleUploads(S3Client s3, Clock clock) {
    private static final Logger LOG = LoggerFactory.getLogger(MultipartStaleUploads.class);

    MultipartStaleUploads(S3Client s3) {
        this(s3, Clock.systemUTC());
    }

    List<StaleUpload> list(String bucket, Duration olderThan) {
        Instant cutoff = clock.instant().minus(olderThan);
        List<StaleUpload> stale = new ArrayList<>();
        s3.listMultipartUploadsPaginator(r -> r.bucket(bucket)).uploads().forEach(u -> {
            if (olderThan.isZero() || u.initiated() == null || !u.initiated().isAfter(cutoff)) {
                stale.add(new StaleUpload(bucket, u.key(), u.uploadId(), u.initiated()));
            }
        });
        return stale;
    }

    /** The unfinished uploads of exactly this key, oldest first. */
    List<StaleUpload> ofKey(String bucket, String key) {
        List<StaleUpload> found = new ArrayList<>();
        s3.listMultipartUploadsPaginator(r -> r.bucket(bucket).prefix(key)).uploads().stream()
                .filter(u -> u.key().equals(key))
                .forEach(u -> found.add(new StaleUpload(bucket, u.key(), u.uploadId(), u.initiated())));
        found.sort(Comparator.comparing(StaleUpload::initiated, Comparator.nullsFirst(Comparator.naturalOrder())));
        return found;
    }

    List<StaleUpload> abort(String bucket, Duration olderThan) {
        return abortAll(bucket, list(bucket, olderThan));
    }

    /** Aborts each upload; one that finished or was aborted meanwhile is left out of the result. */
    List<StaleUpload> abortAll(String bucket, List<StaleUpload> uploads) {
        List<StaleUpload> aborted = new ArrayList<>();
        for (StaleUpload upload : uploads) {
            try {
                s3.abortMultipartUpload(r -> r.bucket(bucket).key(upload.key()).uploadId(upload.uploadId()));
                aborted.add(upload);
                LOG.info(
                        "aborted upload {} of s3://{}/{} started {}",
                        upload.uploadId(),
                        bucket,
                        upload.key(),
                        upload.initiated());
            } catch (S3Exception e) {
                if (!AwsErrors.hasCode(e, "NoSuchUpload")) {
                    throw e;
                }
                LOG.debug("upload {} finished or was aborted meanwhile", upload.uploadId());
            }
        }
        return aborted;
    }
}
