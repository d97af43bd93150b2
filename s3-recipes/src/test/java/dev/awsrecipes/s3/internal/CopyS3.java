package dev.awsrecipes.s3.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.UploadPartCopyRequest;
import software.amazon.awssdk.services.s3.model.UploadPartCopyResponse;

/**
 * A bucket holding one source object of any size (no bytes: copies happen on the server), taking
 * {@code CopyObject} up to 5 GiB and multipart copies whose {@code UploadPartCopy} ranges it records
 * and checks on completion as S3 does: at most 10,000 parts, numbered in order, none over 5 GiB, none
 * under 5 MiB but the last, together exactly the source.
 */
final class CopyS3 extends FakeS3 {
    static final String SOURCE = "src/object";
    private static final long MIB = 1024L * 1024;

    /** One part copied: its number and its first and last byte in the source. */
    record PartCopy(int number, long first, long last) {
        long length() {
            return last - first + 1;
        }
    }

    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final List<PartCopy> copied = Collections.synchronizedList(new ArrayList<>());
    private final long size;

    CopyS3(String bucket, long size) {
        super(bucket);
        this.size = size;
    }

    /** The parts copied, by number. */
    List<PartCopy> parts() {
        synchronized (copied) {
            return copied.stream()
                    .sorted(Comparator.comparingInt(PartCopy::number))
                    .toList();
        }
    }

    @Override
    public HeadObjectResponse headObject(HeadObjectRequest request) {
        request(request.bucket());
        if (!SOURCE.equals(request.key())) {
            throw error(404, "NoSuchKey");
        }
        return HeadObjectResponse.builder()
                .contentLength(size)
                .eTag("\"source\"")
                .build();
    }

    @Override
    public CopyObjectResponse copyObject(CopyObjectRequest request) {
        request(request.destinationBucket());
        calls.add("CopyObject");
        if (size > 5 * 1024 * MIB) {
            throw error(400, "InvalidRequest");
        }
        return CopyObjectResponse.builder()
                .copyObjectResult(r -> r.eTag("\"copy\""))
                .build();
    }

    @Override
    public CreateMultipartUploadResponse createMultipartUpload(CreateMultipartUploadRequest request) {
        request(request.bucket());
        calls.add("CreateMultipartUpload");
        return CreateMultipartUploadResponse.builder().uploadId("copy-1").build();
    }

    @Override
    public UploadPartCopyResponse uploadPartCopy(UploadPartCopyRequest request) {
        request(request.destinationBucket());
        String[] range = request.copySourceRange().substring("bytes=".length()).split("-");
        PartCopy part = new PartCopy(request.partNumber(), Long.parseLong(range[0]), Long.parseLong(range[1]));
        if (part.last() >= size
                || part.length() > 5 * 1024 * MIB
                || !"\"source\"".equals(request.copySourceIfMatch())) {
            throw error(400, "InvalidRange");
        }
        copied.add(part);
        return UploadPartCopyResponse.builder()
                .copyPartResult(r -> r.eTag("\"part-" + part.number() + "\""))
                .build();
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(CompleteMultipartUploadRequest request) {
        request(request.bucket());
        calls.add("CompleteMultipartUpload");
        List<CompletedPart> listed = request.multipartUpload().parts();
        List<PartCopy> parts = parts();
        if (listed.size() > 10_000 || listed.size() != parts.size()) {
            throw error(400, "InvalidPart");
        }
        long next = 0;
        for (int i = 0; i < listed.size(); i++) {
            PartCopy part = parts.get(i);
            if (listed.get(i).partNumber() != i + 1 || part.number() != i + 1 || part.first() != next) {
                throw error(400, "InvalidPartOrder");
            }
            if (i < listed.size() - 1 && part.length() < 5 * MIB) {
                throw error(400, "EntityTooSmall");
            }
            next = part.last() + 1;
        }
        if (next != size) {
            throw error(400, "InvalidPart");
        }
        return CompleteMultipartUploadResponse.builder()
                .eTag("\"copy-" + listed.size() + "\"")
                .build();
    }

    @Override
    public AbortMultipartUploadResponse abortMultipartUpload(AbortMultipartUploadRequest request) {
        request(request.bucket());
        calls.add("AbortMultipartUpload");
        return AbortMultipartUploadResponse.builder().build();
    }
}
