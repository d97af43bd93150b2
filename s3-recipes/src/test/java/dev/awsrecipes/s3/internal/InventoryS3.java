package dev.awsrecipes.s3.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A destination bucket in memory for inventory reports: stores what {@code PutObject} sends, answers
 * {@code GetObject} and a delimited {@code ListObjectsV2} (ASCII keys only, which report keys are; pages of
 * {@code pageSize} entries, paged by {@code StartAfter}). Safe for the parallel reads of the data files.
 */
final class InventoryS3 extends FakeS3 {
    final ConcurrentSkipListMap<String, byte[]> objects = new ConcurrentSkipListMap<>();
    private final int pageSize;

    InventoryS3(String bucket, int pageSize) {
        super(bucket);
        this.pageSize = pageSize;
    }

    @Override
    public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
        request(request.bucket());
        try (var in = body.contentStreamProvider().newStream()) {
            objects.put(request.key(), in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return PutObjectResponse.builder().build();
    }

    @Override
    public ResponseInputStream<GetObjectResponse> getObject(GetObjectRequest request) {
        request(request.bucket());
        byte[] bytes = objects.get(request.key());
        if (bytes == null) {
            throw NoSuchKeyException.builder()
                    .statusCode(404)
                    .awsErrorDetails(
                            AwsErrorDetails.builder().errorCode("NoSuchKey").build())
                    .build();
        }
        return new ResponseInputStream<>(
                GetObjectResponse.builder().contentLength((long) bytes.length).build(),
                AbortableInputStream.create(new ByteArrayInputStream(bytes)));
    }

    @Override
    public software.amazon.awssdk.core.ResponseBytes<GetObjectResponse> getObjectAsBytes(GetObjectRequest request) {
        try (ResponseInputStream<GetObjectResponse> in = getObject(request)) {
            return software.amazon.awssdk.core.ResponseBytes.fromByteArray(in.response(), in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public ListObjectsV2Response listObjectsV2(ListObjectsV2Request request) {
        request(request.bucket());
        String prefix = request.prefix() == null ? "" : request.prefix();
        String after = request.startAfter();
        List<S3Object> keys = new ArrayList<>();
        Set<String> folders = new LinkedHashSet<>();
        boolean truncated = false;
        for (String key : objects.tailMap(prefix, true).keySet()) {
            if (!key.startsWith(prefix)) {
                break;
            }
            if (after != null && key.compareTo(after) <= 0) {
                continue;
            }
            int slash = request.delimiter() == null ? -1 : key.indexOf(request.delimiter(), prefix.length());
            String folder = slash < 0 ? null : key.substring(0, slash + 1);
            if (folder != null && folders.contains(folder)) {
                continue;
            }
            if (after != null && folder != null && folder.compareTo(after) <= 0 && after.startsWith(folder)) {
                continue;
            }
            if (keys.size() + folders.size() == pageSize) {
                truncated = true;
                break;
            }
            if (folder == null) {
                keys.add(S3Object.builder()
                        .key(key)
                        .size((long) objects.get(key).length)
                        .build());
            } else {
                folders.add(folder);
            }
        }
        return ListObjectsV2Response.builder()
                .contents(keys)
                .commonPrefixes(folders.stream()
                        .map(f -> CommonPrefix.builder().prefix(f).build())
                        .toList())
                .isTruncated(truncated)
                .build();
    }
}
