package dev.awsrecipes.s3.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.zip.CRC32C;
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
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * A bucket that takes uploads as S3 does: {@code PutObject}, or a multipart upload whose parts carry
 * their CRC32C (checked on arrival: BadDigest), all but the last at least 5 MiB (checked on completion:
 * EntityTooSmall), and whose object then reports S3's composite CRC32C. It records each call, and can
 * fail a part's next attempts ({@link #failPart}) or report a checksum other than the stored one.
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

    /** HeadObject reports this CRC32C, whatever was stored. */
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
        checkArrived(bytes, request.contentLength(), request.checksumCRC32C());
        object = bytes;
        checksum = crc32c(bytes);
        return PutObjectResponse.builder()
                .eTag("\"single\"")
                .checksumCRC32C(putEchoes ? checksum : putReported)
                .build();
    }

    @Override
    public CreateMultipartUploadResponse createMultipartUpload(CreateMultipartUploadRequest request) {
        request(request.bucket());
        calls.add("CreateMultipartUpload");
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
        checkArrived(bytes, request.contentLength(), request.checksumCRC32C());
        parts.put(request.partNumber(), bytes);
        return UploadPartResponse.builder()
                .eTag(eTagOf(request.partNumber()))
                .checksumCRC32C(crc32c(bytes))
                .build();
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(CompleteMultipartUploadRequest request) {
        request(request.bucket());
        calls.add("CompleteMultipartUpload");
        checkUpload(request.uploadId());
        List<CompletedPart> listed = request.multipartUpload().parts();
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        ByteBuffer partCrcs = ByteBuffer.allocate(4 * listed.size());
        for (int i = 0; i < listed.size(); i++) {
            CompletedPart part = listed.get(i);
            byte[] bytes = parts.get(part.partNumber());
            if (part.partNumber() != i + 1
                    || bytes == null
                    || !eTagOf(part.partNumber()).equals(part.eTag())
                    || !crc32c(bytes).equals(part.checksumCRC32C())) {
                throw error(400, "InvalidPart");
            }
            if (i < listed.size() - 1 && bytes.length < MIN_PART) {
                throw error(400, "EntityTooSmall");
            }
            joined.writeBytes(bytes);
            partCrcs.put(Base64.getDecoder().decode(part.checksumCRC32C()));
        }
        object = joined.toByteArray();
        CRC32C composite = new CRC32C();
        composite.update(partCrcs.array());
        checksum = base64((int) composite.getValue()) + "-" + listed.size();
        parts.clear();
        return CompleteMultipartUploadResponse.builder()
                .eTag("\"multi-" + listed.size() + "\"")
                .checksumCRC32C(checksum)
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
        return HeadObjectResponse.builder()
                .contentLength((long) object.length)
                .eTag("\"stored\"")
                .checksumCRC32C(reported)
                .checksumType(reported.contains("-") ? ChecksumType.COMPOSITE : ChecksumType.FULL_OBJECT)
                .build();
    }

    private void fault(int number) {
        Deque<RuntimeException> next = faults.get(number);
        RuntimeException error = next == null ? null : next.poll();
        if (error != null) {
            throw error;
        }
    }

    private static void checkArrived(byte[] bytes, Long contentLength, String sentChecksum) {
        if (contentLength == null || contentLength != bytes.length) {
            throw error(400, "IncompleteBody");
        }
        if (sentChecksum == null || !sentChecksum.equals(crc32c(bytes))) {
            throw error(400, "BadDigest");
        }
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

    private static String crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return base64((int) crc.getValue());
    }

    private static String base64(int crc) {
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(4).putInt(crc).array());
    }
}
