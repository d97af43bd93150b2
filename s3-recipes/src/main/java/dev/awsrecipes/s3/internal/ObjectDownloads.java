package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.s3.DownloadSpec;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Learns what a download will fetch: from one {@code HeadObject}, or from the headers of a GET of the whole
 * object ({@link #open}), and the part layout when the checksum needs it.
 */
final class ObjectDownloads {
    private static final Logger LOG = LoggerFactory.getLogger(ObjectDownloads.class);

    private ObjectDownloads() {}

    /**
     * A GET of the whole object whose headers planned the download and whose body is not read yet.
     *
     * @param body the response; whoever takes it reads or aborts it, and closes it
     * @param plan the plan made from the response's headers
     */
    record Opened(ResponseInputStream<GetObjectResponse> body, DownloadPlan plan) {
        /**
         * Gives up the body unread: the connection is dropped (the HTTP client would otherwise read the
         * rest of a large object to keep it), which costs less than reading bytes the ranged GETs fetch.
         */
        void abort() {
            body.abort();
            closeQuietly(body);
        }
    }

    /** The plan from a {@code HeadObject} (checksum mode on). */
    static DownloadPlan plan(S3Client s3, DownloadSpec spec) {
        HeadObjectResponse head;
        try {
            head = s3.headObject(r -> r.bucket(spec.bucket()).key(spec.key()).checksumMode(ChecksumMode.ENABLED));
        } catch (S3Exception e) {
            throw notFound(spec, e);
        }
        return plan(s3, spec, head);
    }

    /**
     * Sends the GET of the whole object with checksum mode on, in place of a {@code HeadObject}: its
     * response carries the same headers (size, ETag, stored checksum, encryption), so the plan is made
     * from them, and for an object that fits in one range its body is the download.
     */
    static Opened open(S3Client s3, DownloadSpec spec) {
        ResponseInputStream<GetObjectResponse> body;
        try {
            body = s3.getObject(r -> r.bucket(spec.bucket()).key(spec.key()).checksumMode(ChecksumMode.ENABLED));
        } catch (S3Exception e) {
            throw notFound(spec, e);
        }
        try {
            return new Opened(body, plan(s3, spec, headersOf(body.response())));
        } catch (RuntimeException e) {
            body.abort();
            closeQuietly(body);
            throw e;
        }
    }

    /**
     * The headers of a whole-object GET as a {@code HeadObject} answer, so that the checksum and its
     * reasons are read by the one code that reads them ({@link StoredChecksum#of}).
     */
    static HeadObjectResponse headersOf(GetObjectResponse get) {
        return HeadObjectResponse.builder()
                .contentLength(get.contentLength())
                .eTag(get.eTag())
                .lastModified(get.lastModified())
                .versionId(get.versionId())
                .metadata(get.metadata())
                .partsCount(get.partsCount())
                .checksumCRC32(get.checksumCRC32())
                .checksumCRC32C(get.checksumCRC32C())
                .checksumCRC64NVME(get.checksumCRC64NVME())
                .checksumSHA1(get.checksumSHA1())
                .checksumSHA256(get.checksumSHA256())
                .checksumType(get.checksumTypeAsString())
                .serverSideEncryption(get.serverSideEncryptionAsString())
                .sseCustomerAlgorithm(get.sseCustomerAlgorithm())
                .build();
    }

    private static DownloadPlan plan(S3Client s3, DownloadSpec spec, HeadObjectResponse head) {
        long size = head.contentLength();
        Optional<StoredChecksum> checksum = StoredChecksum.of(head);
        if (checksum.isEmpty()) {
            LOG.info(
                    "s3://{}/{} cannot be verified by a checksum: {}; relying on size and ETag",
                    spec.bucket(),
                    spec.key(),
                    StoredChecksum.whyNone(head));
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

    private static RuntimeException notFound(DownloadSpec spec, S3Exception e) {
        if (AwsErrors.isNotFound(e)) {
            return new AwsRecipesException(
                    "s3://" + spec.bucket() + "/" + spec.key() + " does not exist (no such bucket or key)", e);
        }
        return e;
    }

    private static void closeQuietly(ResponseInputStream<GetObjectResponse> body) {
        try {
            body.close();
        } catch (IOException | RuntimeException e) {
            // aborted already: nothing more is read from it
        }
    }
}
