package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.StorageClassUsage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsRequest;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One bucket held in memory, answering {@code ListObjectsV2} and {@code ListObjectVersions} as a server
 * of the chosen {@link Server} kind does: keys in UTF-8 byte order, pages of at most {@code pageSize}
 * entries (keys and folders alike), {@code Prefix}, {@code Delimiter}, {@code StartAfter}, continuation
 * tokens, key and version-id markers. It also knows the truth a listing must add up to ({@link #truth}).
 * The byte order is written out here rather than taken from the code under test, so a wrong order there
 * shows up as a wrong count.
 */
final class ListingS3 extends FakeS3 {
    /** Where servers differ in how a listing restarts. */
    enum Server {
        /**
         * AWS: {@code StartAfter}, {@code KeyMarker} and {@code VersionIdMarker} are exclusive, and a
         * delimited listing that starts after a key inside a folder does not report that folder again
         * (the folder's name sorts before the start key). versitygw and moto list objects the same way.
         */
        AWS,
        /**
         * LocalStack 4.14 (docs/TESTING.md): as AWS, except that a delimited listing after a {@code
         * StartAfter} inside a folder reports that folder again as a common prefix. Code that relied on
         * seeing it (to continue the folder from the start key) counted right here and silently left the
         * rest of the folder out on AWS.
         */
        LOCALSTACK,
        /**
         * versitygw 1.8 (KeyRange's javadoc): objects as AWS; versions listed from a {@code KeyMarker}
         * without a version marker include that key's versions again, and a delete marker named as {@code
         * VersionIdMarker} is listed again.
         */
        VERSITYGW
    }

    /**
     * S3's order of keys: their UTF-8 bytes, unsigned, which is the order of their code points (not of
     * Java's UTF-16 chars, which put U+10000 and above before U+E000..U+FFFF). Compared without encoding,
     * as every listing compares keys many times.
     */
    static final Comparator<String> S3_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    /** One version of a key, or a delete marker. */
    private record Version(String key, String versionId, long size, String storageClass, boolean deleteMarker) {}

    /** A listing's position: after {@code key}, and when {@code folder} is set past every key under it. */
    private record Cursor(String key, String folder) {
        String token() {
            String text = (folder != null ? "P" + folder : "K" + key);
            return Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor of(String token) {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String value = text.substring(1);
            return text.charAt(0) == 'P' ? new Cursor(value, value) : new Cursor(value, null);
        }
    }

    /** Each key's versions, newest first. */
    private final TreeMap<String, List<Version>> keys = new TreeMap<>(S3_ORDER);

    private final Server server;
    private final int pageSize;
    private int nextVersion = 1;

    /** A bucket on a server whose pages hold up to 1,000 entries, as S3's do. */
    ListingS3(String bucket, Server server) {
        this(bucket, server, 1000);
    }

    /** A bucket on a server that returns at most {@code pageSize} entries a page (S3 allows fewer than asked). */
    ListingS3(String bucket, Server server, int pageSize) {
        super(bucket);
        this.server = server;
        this.pageSize = pageSize;
    }

    /** Stores a new version of the key; a null storage class is left out of listings, as S3 does for STANDARD. */
    ListingS3 put(String key, long size, String storageClass) {
        keys.computeIfAbsent(key, k -> new ArrayList<>())
                .add(0, new Version(key, "v" + nextVersion++, size, storageClass, false));
        return this;
    }

    /** Puts a delete marker on top of the key's versions. */
    ListingS3 delete(String key) {
        keys.computeIfAbsent(key, k -> new ArrayList<>()).add(0, new Version(key, "m" + nextVersion++, 0, null, true));
        return this;
    }

    /** What a count under the prefix must find, worked out from the stored keys without any listing. */
    record Truth(long objects, long bytes, long deleteMarkers, Map<String, StorageClassUsage> byClass) {}

    Truth truth(String prefix, boolean allVersions) {
        long objects = 0;
        long bytes = 0;
        long markers = 0;
        Map<String, StorageClassUsage> byClass = new TreeMap<>();
        for (List<Version> versions : keys.values()) {
            if (!versions.get(0).key().startsWith(prefix)) {
                continue;
            }
            for (Version v : allVersions ? versions : versions.subList(0, 1)) {
                if (v.deleteMarker()) {
                    markers += allVersions ? 1 : 0;
                    continue;
                }
                objects++;
                bytes += v.size();
                String storageClass = v.storageClass() == null ? "STANDARD" : v.storageClass();
                byClass.merge(storageClass, new StorageClassUsage(1, v.size()), StorageClassUsage::plus);
            }
        }
        return new Truth(objects, bytes, markers, byClass);
    }

    @Override
    public ListObjectsV2Response listObjectsV2(ListObjectsV2Request request) {
        request(request.bucket());
        String prefix = request.prefix() == null ? "" : request.prefix();
        String delimiter = request.delimiter() == null || request.delimiter().isEmpty() ? null : request.delimiter();
        int max = Math.min(pageSize, request.maxKeys() == null ? 1000 : request.maxKeys());
        // A continuation token wins over StartAfter, as on S3.
        Cursor from = request.continuationToken() != null
                ? Cursor.of(request.continuationToken())
                : new Cursor(request.startAfter(), null);
        List<S3Object> contents = new ArrayList<>();
        List<CommonPrefix> folders = new ArrayList<>();
        Cursor last = null;
        boolean truncated = false;
        // Keys under the prefix are one run in key order: start at the run (or after the cursor), stop past it.
        String key = from.key() == null ? null : keys.higherKey(from.key());
        if (key == null || S3_ORDER.compare(key, prefix) < 0) {
            key = from.key() == null || S3_ORDER.compare(from.key(), prefix) < 0 ? keys.ceilingKey(prefix) : null;
        }
        while (key != null && key.startsWith(prefix)) {
            Version current = keys.get(key).get(0);
            if (current.deleteMarker()) {
                key = keys.higherKey(key);
                continue;
            }
            if (from.folder() != null && key.startsWith(from.folder())) {
                key = keys.ceilingKey(pastFolder(from.folder()));
                continue;
            }
            String folder = folderOf(prefix, delimiter, key);
            if (folder != null
                    && server != Server.LOCALSTACK
                    && from.key() != null
                    && S3_ORDER.compare(folder, from.key()) <= 0) {
                // The folder holding the start key sorts before it, so the listing is already past it.
                key = keys.ceilingKey(pastFolder(folder));
                continue;
            }
            if (contents.size() + folders.size() == max) {
                truncated = true;
                break;
            }
            if (folder != null) {
                folders.add(CommonPrefix.builder().prefix(folder).build());
                last = new Cursor(folder, folder);
                key = keys.ceilingKey(pastFolder(folder));
            } else {
                contents.add(S3Object.builder()
                        .key(key)
                        .size(current.size())
                        .storageClass(current.storageClass())
                        .build());
                last = new Cursor(key, null);
                key = keys.higherKey(key);
            }
        }
        return ListObjectsV2Response.builder()
                .name(bucket)
                .prefix(request.prefix())
                .delimiter(request.delimiter())
                .startAfter(request.startAfter())
                .continuationToken(request.continuationToken())
                .maxKeys(max)
                .keyCount(contents.size() + folders.size())
                .contents(contents)
                .commonPrefixes(folders)
                .isTruncated(truncated)
                .nextContinuationToken(truncated ? last.token() : null)
                .build();
    }

    /** The least string after every key under the folder: its last character (the delimiter) plus one. */
    private static String pastFolder(String folder) {
        char lastChar = folder.charAt(folder.length() - 1);
        if (lastChar >= 0x7F) {
            throw new UnsupportedOperationException("this fake takes ASCII delimiters only");
        }
        return folder.substring(0, folder.length() - 1) + (char) (lastChar + 1);
    }

    /** The common prefix the key rolls up into under a delimited listing, or null. */
    private static String folderOf(String prefix, String delimiter, String key) {
        if (delimiter == null) {
            return null;
        }
        int at = key.indexOf(delimiter, prefix.length());
        return at < 0 ? null : key.substring(0, at + delimiter.length());
    }

    @Override
    public ListObjectVersionsResponse listObjectVersions(ListObjectVersionsRequest request) {
        request(request.bucket());
        if (request.delimiter() != null) {
            throw new UnsupportedOperationException("this fake lists versions without a delimiter only");
        }
        String prefix = request.prefix() == null ? "" : request.prefix();
        int max = Math.min(pageSize, request.maxKeys() == null ? 1000 : request.maxKeys());
        String keyMarker = request.keyMarker();
        String versionMarker = request.versionIdMarker();
        List<ObjectVersion> versions = new ArrayList<>();
        List<DeleteMarkerEntry> markers = new ArrayList<>();
        Version last = null;
        boolean truncated = false;
        Iterable<List<Version>> from = keyMarker == null
                ? keys.values()
                : keys.tailMap(keyMarker, true).values();
        listing:
        for (List<Version> ofKey : from) {
            String key = ofKey.get(0).key();
            if (!key.startsWith(prefix)) {
                continue;
            }
            for (Version v : versionsFrom(ofKey, keyMarker, versionMarker)) {
                if (versions.size() + markers.size() == max) {
                    truncated = true;
                    break listing;
                }
                boolean latest = v == ofKey.get(0);
                if (v.deleteMarker()) {
                    markers.add(DeleteMarkerEntry.builder()
                            .key(key)
                            .versionId(v.versionId())
                            .isLatest(latest)
                            .build());
                } else {
                    versions.add(ObjectVersion.builder()
                            .key(key)
                            .versionId(v.versionId())
                            .size(v.size())
                            .storageClass(v.storageClass())
                            .isLatest(latest)
                            .build());
                }
                last = v;
            }
        }
        return ListObjectVersionsResponse.builder()
                .name(bucket)
                .prefix(request.prefix())
                .keyMarker(keyMarker)
                .versionIdMarker(versionMarker)
                .maxKeys(max)
                .versions(versions)
                .deleteMarkers(markers)
                .isTruncated(truncated)
                .nextKeyMarker(truncated ? last.key() : null)
                .nextVersionIdMarker(truncated ? last.versionId() : null)
                .build();
    }

    /** The versions of one key that a listing from the markers includes, newest first. */
    private List<Version> versionsFrom(List<Version> ofKey, String keyMarker, String versionMarker) {
        if (keyMarker == null || !ofKey.get(0).key().equals(keyMarker)) {
            return ofKey;
        }
        if (versionMarker == null) {
            return server == Server.VERSITYGW ? ofKey : List.of();
        }
        for (int i = 0; i < ofKey.size(); i++) {
            if (ofKey.get(i).versionId().equals(versionMarker)) {
                boolean repeated = server == Server.VERSITYGW && ofKey.get(i).deleteMarker();
                return ofKey.subList(repeated ? i : i + 1, ofKey.size());
            }
        }
        return List.of();
    }
}
