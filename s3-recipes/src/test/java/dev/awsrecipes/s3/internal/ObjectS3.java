package dev.awsrecipes.s3.internal;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * One object held in memory, answering {@code HeadObject} (whole, or one part by number) and ranged
 * {@code GetObject} as S3 does: the stored checksum headers a test gives, {@code If-Match} against the
 * ETag (412 when it differs), {@code Content-Range} and {@code PartsCount} for a part. What GETs serve
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

    /** The object is replaced right after the next whole-object HeadObject: its ETag becomes this one. */
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
        String[] range = request.range().substring("bytes=".length()).split("-");
        int from = Integer.parseInt(range[0]);
        int to = Math.min(Integer.parseInt(range[1]), bytes.length - 1);
        byte[] slice = Arrays.copyOfRange(served, from, to + 1);
        GetObjectResponse response = GetObjectResponse.builder()
                .eTag(eTag)
                .contentLength((long) slice.length)
                .contentRange("bytes " + from + "-" + to + "/" + bytes.length)
                .build();
        return new ResponseInputStream<>(response, AbortableInputStream.create(new ByteArrayInputStream(slice)));
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
