package dev.awsrecipes.s3.internal;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * One object held in memory, answering {@code HeadObject} (whole, or one part by number) and {@code
 * GetObject} (ranged, or whole with the stored checksum headers when checksum mode is on) as S3 does: the
 * stored checksum headers a test gives, {@code If-Match} against the
 * ETag (412 when it differs), {@code Content-Range} and {@code PartsCount} for a part. It counts each
 * kind of request and whether a GET's body was aborted before its end. What GETs serve
 * can be made to differ from what the checksums were computed from ({@link #serve}), as bytes damaged on
 * the way would.
 */
final class ObjectS3 extends FakeS3 {
    static final String KEY = "dir/object.bin";

    private final byte[] bytes;
    private final List<Long> parts;
    private final Consumer<HeadObjectResponse.Builder> checksum;
    private volatile byte[] served;
    private volatile String eTag;
    private volatile String eTagAfterHead;
    final AtomicInteger heads = new AtomicInteger();
    final AtomicInteger gets = new AtomicInteger();
    final AtomicInteger wholeGets = new AtomicInteger();
    final AtomicInteger aborted = new AtomicInteger();

    /**
     * @param parts the sizes the object was uploaded in; one part for a single {@code PutObject}
     * @param checksum sets the stored checksum headers (and type) on a whole-object HeadObject answer
     */
    ObjectS3(
            String bucket, byte[] bytes, List<Long> parts, String eTag, Consumer<HeadObjectResponse.Builder> checksum) {
        super(bucket);
        if (parts.stream().mapToLong(Long::longValue).sum() != bytes.length) {
            throw new IllegalArgumentException("parts " + parts + " do not add up to " + bytes.length);
        }
        this.bytes = bytes;
        this.parts = List.copyOf(parts);
        this.served = bytes;
        this.eTag = eTag;
        this.checksum = checksum;
    }

    /** From now on GETs serve these bytes (the same length), while HeadObject still reports the original's checksum. */
    ObjectS3 serve(byte[] damaged) {
        this.served = damaged;
        return this;
    }

    /**
     * The object is replaced right after the next whole-object HeadObject or GET (once it was looked at):
     * its ETag becomes this one.
     */
    ObjectS3 replacedAfterHead(String newETag) {
        this.eTagAfterHead = newETag;
        return this;
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public HeadObjectResponse headObject(HeadObjectRequest request) {
        check(request.bucket(), request.key(), request.ifMatch());
        heads.incrementAndGet();
        HeadObjectResponse.Builder answer = HeadObjectResponse.builder().eTag(eTag);
        if (request.partNumber() == null) {
            if (eTagAfterHead != null) {
                eTag = eTagAfterHead;
            }
            return answer.contentLength((long) bytes.length)
                    .applyMutation(checksum)
                    .build();
        }
        int number = request.partNumber();
        long start =
                parts.subList(0, number - 1).stream().mapToLong(Long::longValue).sum();
        long length = parts.get(number - 1);
        return answer.contentLength(length)
                .contentRange("bytes " + start + "-" + (start + length - 1) + "/" + bytes.length)
                .partsCount(parts.size() > 1 ? parts.size() : null)
                .build();
    }

    @Override
    public ResponseInputStream<GetObjectResponse> getObject(GetObjectRequest request) {
        check(request.bucket(), request.key(), request.ifMatch());
        gets.incrementAndGet();
        if (request.range() == null) {
            return whole(request.checksumMode() == ChecksumMode.ENABLED);
        }
        String[] range = request.range().substring("bytes=".length()).split("-");
        int from = Integer.parseInt(range[0]);
        int to = Math.min(Integer.parseInt(range[1]), bytes.length - 1);
        byte[] slice = Arrays.copyOfRange(served, from, to + 1);
        GetObjectResponse response = GetObjectResponse.builder()
                .eTag(eTag)
                .contentLength((long) slice.length)
                .contentRange("bytes " + from + "-" + to + "/" + bytes.length)
                .build();
        return body(response, slice);
    }

    /** The whole object, with the stored checksum headers when asked for (as S3 sends them only then). */
    private ResponseInputStream<GetObjectResponse> whole(boolean checksumMode) {
        wholeGets.incrementAndGet();
        HeadObjectResponse stored =
                HeadObjectResponse.builder().applyMutation(checksum).build();
        GetObjectResponse.Builder response =
                GetObjectResponse.builder().eTag(eTag).contentLength((long) bytes.length);
        if (checksumMode) {
            response.checksumCRC32(stored.checksumCRC32())
                    .checksumCRC32C(stored.checksumCRC32C())
                    .checksumCRC64NVME(stored.checksumCRC64NVME())
                    .checksumSHA1(stored.checksumSHA1())
                    .checksumSHA256(stored.checksumSHA256())
                    .checksumType(stored.checksumTypeAsString());
        }
        response.serverSideEncryption(stored.serverSideEncryptionAsString())
                .sseCustomerAlgorithm(stored.sseCustomerAlgorithm());
        if (eTagAfterHead != null) {
            eTag = eTagAfterHead;
        }
        return body(response.build(), served.clone());
    }

    private ResponseInputStream<GetObjectResponse> body(GetObjectResponse response, byte[] content) {
        ByteArrayInputStream in = new ByteArrayInputStream(content);
        return new ResponseInputStream<>(response, AbortableInputStream.create(in, () -> {
            if (in.available() > 0) {
                aborted.incrementAndGet();
            }
        }));
    }

    @Override
    public HeadBucketResponse headBucket(HeadBucketRequest request) {
        request(request.bucket());
        return HeadBucketResponse.builder().build();
    }

    private void check(String askedBucket, String key, String ifMatch) {
        request(askedBucket);
        if (!KEY.equals(key)) {
            throw NoSuchKeyException.builder()
                    .statusCode(404)
                    .message("The specified key does not exist.")
                    .build();
        }
        if (ifMatch != null && !ifMatch.equals(eTag)) {
            throw error(412, "PreconditionFailed");
        }
    }
}
