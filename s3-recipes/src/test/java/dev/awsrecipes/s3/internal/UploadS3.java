package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.internal.S3Checksums.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListPartsRequest;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * A bucket that takes uploads as S3 does: {@code PutObject}, or a multipart upload whose parts carry
 * their checksum in the upload's algorithm (checked on arrival: BadDigest), all but the last at least
 * 5 MiB (checked on completion: EntityTooSmall), and whose object then reports S3's composite checksum,
 * or the full-object one for an upload started with that type (the only one CRC64NVME may have). It
 * records each call, and can fail a part's next attempts ({@link #failPart}) or report a checksum other
 * than the stored one.
 */
final class UploadS3 extends FakeS3 {
    static final String UPLOAD_ID = "upload-1";
    private static final long MIN_PART = 5L * 1024 * 1024;

    /** The calls in the order they came, e.g. {@code UploadPart 2 (5242880 bytes)}. */
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    private final Map<Integer, byte[]> parts = new ConcurrentHashMap<>();
    private final Map<Integer, Deque<RuntimeException>> faults = new ConcurrentHashMap<>();
    private volatile byte[] object;
    private volatile String checksum;
    private volatile String reportedChecksum;
    private volatile Kind kind = Kind.CRC32C;
    private volatile boolean fullObject;

    /** A checksum as a request carries it. */
    private record Sent(Kind kind, String value) {}

    private volatile boolean putEchoes = true;
    private volatile String putReported;

    UploadS3(String bucket) {
        super(bucket);
    }

    /** The next attempts at part {@code number} (1 for a PutObject) fail with these errors, in order. */
    UploadS3 failPart(int number, RuntimeException... errors) {
        faults.computeIfAbsent(number, n -> new ConcurrentLinkedDeque<>()).addAll(List.of(errors));
        return this;
    }

    /** HeadObject reports this checksum (in the algorithm stored), whatever was stored. */
    UploadS3 reportChecksum(String checksum) {
        this.reportedChecksum = checksum;
        return this;
    }

    /**
     * PutObject's response names this CRC32C (null: none, as a server that does not echo it), whatever
     * was stored.
     */
    UploadS3 putReports(String checksum) {
        this.putEchoes = false;
        this.putReported = checksum;
        return this;
    }

    /** The stored object's bytes, or null. */
    byte[] object() {
        return object;
    }

    /** The calls of one operation, e.g. every {@code UploadPart}. */
    List<String> calls(String operation) {
        synchronized (calls) {
            return calls.stream().filter(c -> c.startsWith(operation)).toList();
        }
    }

    @Override
    public HeadBucketResponse headBucket(HeadBucketRequest request) {
        request(request.bucket());
        return HeadBucketResponse.builder().build();
    }

    @Override
    public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
        request(request.bucket());
        byte[] bytes = read(body);
        calls.add("PutObject (" + bytes.length + " bytes)");
        fault(1);
        Sent sent = sent(
                request.checksumCRC32(),
                request.checksumCRC32C(),
                request.checksumSHA1(),
                request.checksumSHA256(),
                request.checksumCRC64NVME());
        checkArrived(bytes, request.contentLength(), sent);
        object = bytes;
        kind = sent.kind();
        fullObject = true;
        checksum = S3Checksums.fullObject(kind, bytes);
        String echoed = putEchoes ? checksum : putReported;
        PutObjectResponse.Builder response = PutObjectResponse.builder().eTag("\"single\"");
        switch (kind) {
            case CRC32 -> response.checksumCRC32(echoed);
            case CRC32C -> response.checksumCRC32C(echoed);
            case SHA1 -> response.checksumSHA1(echoed);
            case SHA256 -> response.checksumSHA256(echoed);
            case CRC64NVME -> response.checksumCRC64NVME(echoed);
        }
        return response.build();
    }

    @Override
    public CreateMultipartUploadResponse createMultipartUpload(CreateMultipartUploadRequest request) {
        request(request.bucket());
        calls.add("CreateMultipartUpload");
        kind = switch (request.checksumAlgorithm()) {
            case CRC32_C -> Kind.CRC32C;
            case CRC64_NVME -> Kind.CRC64NVME;
            default -> Kind.valueOf(request.checksumAlgorithmAsString());
        };
        fullObject = request.checksumType() == ChecksumType.FULL_OBJECT;
        // S3 keeps CRC64NVME only for the whole object, and SHA digests only as composite ones.
        if (kind == Kind.CRC64NVME && !fullObject || fullObject && (kind == Kind.SHA1 || kind == Kind.SHA256)) {
            throw error(400, "InvalidRequest");
        }
        return CreateMultipartUploadResponse.builder()
                .bucket(bucket)
                .key(request.key())
                .uploadId(UPLOAD_ID)
                .build();
    }

    @Override
    public UploadPartResponse uploadPart(UploadPartRequest request, RequestBody body) {
        request(request.bucket());
        byte[] bytes = read(body);
        calls.add("UploadPart " + request.partNumber() + " (" + bytes.length + " bytes)");
        checkUpload(request.uploadId());
        fault(request.partNumber());
        Sent sent = sent(
                request.checksumCRC32(),
                request.checksumCRC32C(),
                request.checksumSHA1(),
                request.checksumSHA256(),
                request.checksumCRC64NVME());
        if (sent == null || sent.kind() != kind) {
            throw error(400, "InvalidRequest"); // a part must carry the upload's algorithm
        }
        checkArrived(bytes, request.contentLength(), sent);
        parts.put(request.partNumber(), bytes);
        return UploadPartResponse.builder().eTag(eTagOf(request.partNumber())).build();
    }

    /** The parts held so far, each with its size, ETag and checksum in the upload's algorithm. */
    @Override
    public ListPartsResponse listParts(ListPartsRequest request) {
        request(request.bucket());
        calls.add("ListParts");
        checkUpload(request.uploadId());
        List<Part> listed = new ArrayList<>();
        new java.util.TreeMap<>(parts).forEach((number, bytes) -> {
            Part.Builder part =
                    Part.builder().partNumber(number).size((long) bytes.length).eTag(eTagOf(number));
            String value = S3Checksums.fullObject(kind, bytes);
            switch (kind) {
                case CRC32 -> part.checksumCRC32(value);
                case CRC32C -> part.checksumCRC32C(value);
                case SHA1 -> part.checksumSHA1(value);
                case SHA256 -> part.checksumSHA256(value);
                case CRC64NVME -> part.checksumCRC64NVME(value);
                case MD5 -> throw new IllegalStateException("an MD5 is never a part's checksum");
            }
            listed.add(part.build());
        });
        return ListPartsResponse.builder().parts(listed).isTruncated(false).build();
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(CompleteMultipartUploadRequest request) {
        request(request.bucket());
        calls.add("CompleteMultipartUpload");
        checkUpload(request.uploadId());
        List<CompletedPart> listed = request.multipartUpload().parts();
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        List<Long> sizes = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            CompletedPart part = listed.get(i);
            byte[] bytes = parts.get(part.partNumber());
            if (part.partNumber() != i + 1
                    || bytes == null
                    || !eTagOf(part.partNumber()).equals(part.eTag())
                    || !S3Checksums.fullObject(kind, bytes).equals(checksumOf(part))) {
                throw error(400, "InvalidPart");
            }
            if (i < listed.size() - 1 && bytes.length < MIN_PART) {
                throw error(400, "EntityTooSmall");
            }
            joined.writeBytes(bytes);
            sizes.add((long) bytes.length);
        }
        object = joined.toByteArray();
        checksum = fullObject ? S3Checksums.fullObject(kind, object) : S3Checksums.composite(kind, object, sizes);
        parts.clear();
        return CompleteMultipartUploadResponse.builder()
                .eTag("\"multi-" + listed.size() + "\"")
                .build();
    }

    @Override
    public AbortMultipartUploadResponse abortMultipartUpload(AbortMultipartUploadRequest request) {
        request(request.bucket());
        calls.add("AbortMultipartUpload");
        checkUpload(request.uploadId());
        parts.clear();
        return AbortMultipartUploadResponse.builder().build();
    }

    @Override
    public HeadObjectResponse headObject(HeadObjectRequest request) {
        request(request.bucket());
        calls.add("HeadObject");
        if (object == null) {
            throw error(404, "NoSuchKey");
        }
        String reported = reportedChecksum != null ? reportedChecksum : checksum;
        HeadObjectResponse.Builder head = HeadObjectResponse.builder()
                .contentLength((long) object.length)
                .eTag("\"stored\"")
                .checksumType(fullObject ? ChecksumType.FULL_OBJECT : ChecksumType.COMPOSITE);
        switch (kind) {
            case CRC32 -> head.checksumCRC32(reported);
            case CRC32C -> head.checksumCRC32C(reported);
            case SHA1 -> head.checksumSHA1(reported);
            case SHA256 -> head.checksumSHA256(reported);
            case CRC64NVME -> head.checksumCRC64NVME(reported);
            case MD5 -> throw new IllegalStateException("an MD5 is never stored as a checksum");
        }
        return head.build();
    }

    private void fault(int number) {
        Deque<RuntimeException> next = faults.get(number);
        RuntimeException error = next == null ? null : next.poll();
        if (error != null) {
            throw error;
        }
    }

    private static void checkArrived(byte[] bytes, Long contentLength, Sent sent) {
        if (contentLength == null || contentLength != bytes.length) {
            throw error(400, "IncompleteBody");
        }
        if (sent == null || !sent.value().equals(S3Checksums.fullObject(sent.kind(), bytes))) {
            throw error(400, "BadDigest");
        }
    }

    /** The one checksum a request carries (as headers in the order CRC32, CRC32C, SHA1, SHA256, CRC64NVME). */
    private static Sent sent(String... values) {
        Kind[] kinds = {Kind.CRC32, Kind.CRC32C, Kind.SHA1, Kind.SHA256, Kind.CRC64NVME};
        Sent sent = null;
        for (int i = 0; i < kinds.length; i++) {
            if (values[i] != null) {
                if (sent != null) {
                    throw error(400, "InvalidRequest"); // more than one checksum
                }
                sent = new Sent(kinds[i], values[i]);
            }
        }
        return sent;
    }

    private String checksumOf(CompletedPart part) {
        return switch (kind) {
            case CRC32 -> part.checksumCRC32();
            case CRC32C -> part.checksumCRC32C();
            case SHA1 -> part.checksumSHA1();
            case SHA256 -> part.checksumSHA256();
            case CRC64NVME -> part.checksumCRC64NVME();
            case MD5 -> null;
        };
    }

    private static void checkUpload(String uploadId) {
        if (!UPLOAD_ID.equals(uploadId)) {
            throw error(404, "NoSuchUpload");
        }
    }

    private static String eTagOf(int partNumber) {
        return "\"part-" + partNumber + "\"";
    }

    private static byte[] read(RequestBody body) {
        try (InputStream in = body.contentStreamProvider().newStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
