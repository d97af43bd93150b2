package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.ParallelCalls;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.CopiedObject;
import dev.awsrecipes.s3.CopyObjectSpec;
import dev.awsrecipes.s3.ObjectInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * S5, S6, S8: server-side copies. One {@code CopyObject} call up to the threshold (S3 copies at most
 * 5 GiB that way); above it, a multipart upload whose parts are {@code UploadPartCopy} ranges of the
 * source, copied in parallel and aborted if any fails. A copy onto itself is how S3 changes metadata
 * or storage class without re-uploading.
 */
record ObjectCopier(RecipeContext context) {
    private static final Logger LOG = LoggerFactory.getLogger(ObjectCopier.class);

    CopiedObject copy(CopyObjectSpec spec, boolean move) {
        Check.notNull(spec, "spec");
        boolean inPlace =
                spec.sourceBucket().equals(spec.bucket()) && spec.sourceKey().equals(spec.key());
        Check.that(!(move && inPlace), "key", "of a move must differ from the source key in the same bucket");
        S3Client s3 = S3Services.client(context);
        HeadObjectResponse source =
                s3.headObject(h -> h.bucket(spec.sourceBucket()).key(spec.sourceKey()));
        long size = source.contentLength();
        CopiedObject copied =
                size > spec.multipartThreshold() ? multipartCopy(s3, spec, source) : singleCopy(s3, spec, source);
        if (move) {
            // Only after S3 confirmed the copy: a failure before this point leaves the source in place.
            s3.deleteObject(d -> d.bucket(spec.sourceBucket()).key(spec.sourceKey()));
            LOG.info(
                    "moved s3://{}/{} to s3://{}/{}", spec.sourceBucket(), spec.sourceKey(), spec.bucket(), spec.key());
            return result(spec, copied.eTag(), copied.bytes(), copied.parts(), true);
        }
        return copied;
    }

    /** S6: new user metadata, everything else (content type, class, ...) kept. */
    ObjectInfo replaceMetadata(String bucket, String key, Map<String, String> metadata) {
        copy(inPlace(bucket, key).replaceMetadata(metadata).build(), false);
        return ObjectStore.info(S3Services.client(context), bucket, key);
    }

    /** S8: the object rewritten in place into another storage class, metadata kept. */
    ObjectInfo changeStorageClass(String bucket, String key, StorageClass storageClass) {
        Check.notNull(storageClass, "storageClass");
        CopyObjectSpec rewrite = inPlace(bucket, key).storageClass(storageClass).build();
        S3Client s3 = S3Services.client(context);
        ObjectInfo current = ObjectStore.info(s3, bucket, key);
        if (current.storageClass().equals(storageClass.toString())) {
            // S3 rejects a copy onto itself that changes nothing.
            return current;
        }
        copy(rewrite, false);
        return ObjectStore.info(s3, bucket, key);
    }

    private static CopiedObject singleCopy(S3Client s3, CopyObjectSpec spec, HeadObjectResponse source) {
        CopyObjectRequest.Builder request = CopyObjectRequest.builder()
                .sourceBucket(spec.sourceBucket())
                .sourceKey(spec.sourceKey())
                .destinationBucket(spec.bucket())
                .destinationKey(spec.key())
                // Pinning the ETag makes the copy fail rather than copy a source replaced meanwhile.
                .copySourceIfMatch(source.eTag())
                .storageClass(spec.storageClass() != null ? spec.storageClass() : source.storageClass());
        if (spec.metadata() != null) {
            // REPLACE drops the system metadata too, so the source's is carried over explicitly.
            request.metadataDirective(MetadataDirective.REPLACE)
                    .metadata(spec.metadata())
                    .contentType(source.contentType())
                    .contentEncoding(source.contentEncoding())
                    .contentDisposition(source.contentDisposition())
                    .contentLanguage(source.contentLanguage())
                    .cacheControl(source.cacheControl())
                    .expires(source.expires())
                    .websiteRedirectLocation(source.websiteRedirectLocation());
        } else {
            request.metadataDirective(MetadataDirective.COPY);
        }
        CopyObjectResponse response = s3.copyObject(request.build());
        LOG.debug("copied s3://{}/{} to s3://{}/{}", spec.sourceBucket(), spec.sourceKey(), spec.bucket(), spec.key());
        return result(spec, S3Args.unquote(response.copyObjectResult().eTag()), source.contentLength(), 0, false);
    }

    /** A copy of the object onto itself, which is how S3 changes what cannot be changed otherwise. */
    private static CopyObjectSpec.Builder inPlace(String bucket, String key) {
        return CopyObjectSpec.builder()
                .sourceBucket(bucket)
                .sourceKey(key)
                .bucket(bucket)
                .key(key);
    }

    private static CopiedObject result(CopyObjectSpec spec, String eTag, long bytes, int parts, boolean moved) {
        return new CopiedObject(
                spec.sourceBucket(),
                spec.sourceKey(),
                spec.bucket(),
                spec.key(),
                eTag,
                bytes,
                parts,
                spec.metadata() != null,
                moved);
    }

    private CopiedObject multipartCopy(S3Client s3, CopyObjectSpec spec, HeadObjectResponse source) {
        long size = source.contentLength();
        // The same cut as an upload's, part size grown by the same rule when 10,000 parts would not do.
        MultipartPlan plan = MultipartPlan.of(size, spec.partSize());
        long partSize = plan.partSize();
        int parts = plan.partCount();
        // A multipart upload starts without the source's metadata: whatever is kept is given here.
        CreateMultipartUploadRequest create = CreateMultipartUploadRequest.builder()
                .bucket(spec.bucket())
                .key(spec.key())
                .metadata(spec.metadata() != null ? spec.metadata() : source.metadata())
                .contentType(source.contentType())
                .contentEncoding(source.contentEncoding())
                .contentDisposition(source.contentDisposition())
                .contentLanguage(source.contentLanguage())
                .cacheControl(source.cacheControl())
                .expires(source.expires())
                .storageClass(spec.storageClass() != null ? spec.storageClass() : source.storageClass())
                .build();
        String uploadId = s3.createMultipartUpload(create).uploadId();
        List<Callable<CompletedPart>> copies = new ArrayList<>(parts);
        for (PartRange part : plan.parts()) {
            long last = part.offset() + part.length() - 1;
            copies.add(() -> copyPart(s3, spec, source.eTag(), uploadId, part.number(), part.offset(), last));
        }
        try {
            // runAll returns only when no copy is in flight: none can land after the abort and be billed.
            List<CompletedPart> done = ParallelCalls.runAll(context.executor(), context.maxInFlight(), copies);
            String eTag = s3.completeMultipartUpload(c -> c.bucket(spec.bucket())
                            .key(spec.key())
                            .uploadId(uploadId)
                            .multipartUpload(m -> m.parts(done)))
                    .eTag();
            LOG.debug(
                    "copied s3://{}/{} in {} parts of {} bytes",
                    spec.sourceBucket(),
                    spec.sourceKey(),
                    parts,
                    partSize);
            return result(spec, S3Args.unquote(eTag), size, parts, false);
        } catch (RuntimeException e) {
            abort(s3, spec, uploadId, e);
            throw e;
        }
    }

    private static CompletedPart copyPart(
            S3Client s3, CopyObjectSpec spec, String sourceETag, String uploadId, int number, long first, long last) {
        String eTag = s3.uploadPartCopy(u -> u.sourceBucket(spec.sourceBucket())
                        .sourceKey(spec.sourceKey())
                        .destinationBucket(spec.bucket())
                        .destinationKey(spec.key())
                        .uploadId(uploadId)
                        .partNumber(number)
                        .copySourceRange("bytes=" + first + "-" + last)
                        .copySourceIfMatch(sourceETag))
                .copyPartResult()
                .eTag();
        return CompletedPart.builder().partNumber(number).eTag(eTag).build();
    }

    /** No parts may be left behind: they are billed until the upload is aborted. */
    private static void abort(S3Client s3, CopyObjectSpec spec, String uploadId, RuntimeException cause) {
        try {
            s3.abortMultipartUpload(a -> a.bucket(spec.bucket()).key(spec.key()).uploadId(uploadId));
            LOG.warn("multipart copy to s3://{}/{} failed; upload {} aborted", spec.bucket(), spec.key(), uploadId);
        } catch (RuntimeException abortFailure) {
            cause.addSuppressed(abortFailure);
        }
    }
}
