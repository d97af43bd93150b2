package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.s3.internal.ListingS3.Server;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The fake bucket that bucketDu's tests count against lists as the servers it stands for do. */
class ListingS3Test {
    private static final String BUCKET = "fake";

    @Test
    void listObjectsV2_startAfterInsideAFolder_awsLeavesTheFolderOutAndLocalStackReportsItAgain() {
        for (Server server : Server.values()) {
            ListingS3 s3 = new ListingS3(BUCKET, server);
            List.of("a/1", "a/2", "a/3", "b/1", "c").forEach(key -> s3.put(key, 1, null));

            ListObjectsV2Response page =
                    s3.listObjectsV2(l -> l.bucket(BUCKET).delimiter("/").startAfter("a/2"));

            List<String> folders =
                    page.commonPrefixes().stream().map(CommonPrefix::prefix).toList();
            assertThat(folders)
                    .as("%s", server)
                    .isEqualTo(server == Server.LOCALSTACK ? List.of("a/", "b/") : List.of("b/"));
            assertThat(page.contents()).extracting(S3Object::key).containsExactly("c");
        }
    }

    @Test
    void listObjectsV2_continuationTokens_listEveryKeyAndFolderOnceInUtf8Order() {
        ListingS3 s3 = new ListingS3(BUCKET, Server.AWS, 2);
        List.of("\uD83D\uDE00", "\uFF21", "a/x", "a/y", "a-1", "a0", "b/c/d", "b/e", "é")
                .forEach(key -> s3.put(key, 1, null));
        s3.delete("a0");

        List<String> listed = new ArrayList<>();
        String token = null;
        do {
            String from = token;
            ListObjectsV2Response page =
                    s3.listObjectsV2(l -> l.bucket(BUCKET).delimiter("/").continuationToken(from));
            assertThat(page.keyCount()).isLessThanOrEqualTo(2);
            page.contents().forEach(o -> listed.add(o.key()));
            page.commonPrefixes().forEach(p -> listed.add(p.prefix()));
            token = page.nextContinuationToken();
        } while (token != null);

        assertThat(listed).containsExactlyInAnyOrder("a-1", "a/", "b/", "é", "\uFF21", "\uD83D\uDE00");
        assertThat(ListingS3.S3_ORDER.compare("\uFF21", "\uD83D\uDE00"))
                .as("U+FF21 (EF BC A1) before U+1F600 (F0 9F 98 80)")
                .isNegative();
    }

    @Test
    void listObjectVersions_markers_awsStartsAfterThemAndVersitygwListsSomeAgain() {
        for (Server server : List.of(Server.AWS, Server.VERSITYGW)) {
            ListingS3 s3 = new ListingS3(BUCKET, server);
            s3.put("k", 1, null).put("k", 2, null).delete("k").put("l", 3, null);
            // k: m3 (marker), v2, v1; l: v4

            ListObjectVersionsResponse afterKey =
                    s3.listObjectVersions(l -> l.bucket(BUCKET).keyMarker("k"));
            ListObjectVersionsResponse afterMarker =
                    s3.listObjectVersions(l -> l.bucket(BUCKET).keyMarker("k").versionIdMarker("m3"));
            ListObjectVersionsResponse afterVersion =
                    s3.listObjectVersions(l -> l.bucket(BUCKET).keyMarker("k").versionIdMarker("v2"));

            boolean again = server == Server.VERSITYGW;
            assertThat(afterKey.versions())
                    .extracting(ObjectVersion::versionId)
                    .as("%s after key k", server)
                    .isEqualTo(again ? List.of("v2", "v1", "v4") : List.of("v4"));
            assertThat(afterMarker.deleteMarkers())
                    .extracting(DeleteMarkerEntry::versionId)
                    .as("%s after the delete marker", server)
                    .isEqualTo(again ? List.of("m3") : List.of());
            assertThat(afterVersion.versions())
                    .extracting(ObjectVersion::versionId)
                    .containsExactly("v1", "v4");
        }
    }
}
