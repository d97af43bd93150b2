package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.BucketShapes;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.S3ServerKind;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * S4 on every S3 server: each bucket shape of {@link BucketShapes} is counted with several degrees of
 * parallelism, and every count is compared with what another client computes, a plain sequential
 * ListObjectsV2 paginator. Servers differ in how they treat a start key inside a folder, which is
 * exactly what the shapes make bucketDu meet.
 */
class BucketDuIT {

    @S3ServerTest
    void bucketDu_oneFolderOverAThousandKeys_matchesThePaginator(Aws aws) {
        BucketUsage usage = countShape(aws, BucketShapes.ONE_FOLDER_OVER_A_THOUSAND);

        // The first page, the folder continued from its last key, the folder listing after it.
        assertThat(usage.requests()).isEqualTo(3);
    }

    @S3ServerTest
    void bucketDu_twoFoldersWithTheFirstPageEndingInsideTheFirst_matchesThePaginator(Aws aws) {
        BucketUsage usage = countShape(aws, BucketShapes.TWO_FOLDERS_FIRST_PAGE_ENDS_INSIDE_THE_FIRST);

        // The first page, the rest of data/, the folder listing (finds logs/), logs/.
        assertThat(usage.requests()).isEqualTo(4);
    }

    @S3ServerTest
    void bucketDu_flatBucket_matchesThePaginator(Aws aws) {
        BucketUsage usage = countShape(aws, BucketShapes.FLAT);

        assertThat(usage.requests())
                .as("3 pages, at most one of them cut short, and a few cuts")
                .isBetween(3L, 16L);
    }

    @S3ServerTest
    void bucketDu_foldersMixedWithLooseKeys_matchesThePaginator(Aws aws) {
        BucketUsage usage = countShape(aws, BucketShapes.FOLDERS_AND_LOOSE_KEYS);

        // Page 1 (a/ and 700 loose keys), one folder listing after it (the other 500 loose keys, zz-,
        // and the folders p/ and q/), then one page for each folder: 4, where a paginator needs 3.
        assertThat(usage.requests()).isEqualTo(4);
    }

    @S3ServerTest
    void bucketDu_nonAsciiKeys_matchesThePaginator(Aws aws) {
        countShape(aws, BucketShapes.NON_ASCII);
    }

    @S3ServerTest
    void bucketDu_manySmallFolders_matchesThePaginator(Aws aws) {
        BucketUsage usage = countShape(aws, BucketShapes.MANY_SMALL_FOLDERS);

        // 1,250 folders: cut into ranges, not listed one request each.
        assertThat(usage.requests()).isLessThan(40);
    }

    @S3ServerTest
    void bucketDu_prefixes_countOnlyTheirKeys(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s4-prefix")) {
            put(s3, bucket.name(), BucketShapes.TWO_FOLDERS_FIRST_PAGE_ENDS_INSIDE_THE_FIRST.keys(), key -> key);
            Map<String, Integer> sizes = Map.of(
                    "data/", 1200, "data/obj-01", 200, "data/obj-00", 1000, "logs/", 300, "d", 1200, "nothing/", 0);
            for (var prefix : sizes.entrySet()) {
                Expected expected = Expected.list(s3, bucket.name(), prefix.getKey());
                for (int parallelism : new int[] {1, 8}) {
                    BucketUsage usage = S3Recipes.using(aws).bucketDu(d -> d.bucket(bucket.name())
                            .prefix(prefix.getKey())
                            .parallelism(parallelism));

                    assertThat(usage.prefix()).isEqualTo(prefix.getKey());
                    assertThat(usage.objects())
                            .as("objects under %s with parallelism %d", prefix.getKey(), parallelism)
                            .isEqualTo(expected.objects)
                            .isEqualTo(prefix.getValue().longValue());
                    assertThat(usage.bytes()).isEqualTo(expected.bytes);
                }
            }
        }
    }

    @S3ServerTest(
            value = S3ServerKind.LOCALSTACK,
            because = "versitygw's posix backend stores every object as STANDARD, whatever class is asked for")
    void bucketDu_storageClasses_areCountedApart(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s4-class")) {
            List<String> keys = BucketShapes.TWO_FOLDERS_FIRST_PAGE_ENDS_INSIDE_THE_FIRST.keys();
            fill(s3, bucket.name(), keys, key -> key, key -> key.hashCode() % 10 == 0);
            Expected expected = Expected.list(s3, bucket.name(), "");

            BucketUsage usage = S3Recipes.using(aws).bucketDu(bucket.name());

            assertThat(usage.byStorageClass()).isEqualTo(expected.byClass);
            assertThat(usage.byStorageClass()).containsOnlyKeys("STANDARD", "STANDARD_IA");
        }
    }

    @S3ServerTest
    void bucketDu_allVersions_countsEveryVersionAndDeleteMarker(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket versioned = ScratchBucket.create(s3, "s3a-s4-v")) {
            s3.putBucketVersioning(p -> p.bucket(versioned.name()).versioningConfiguration(v -> v.status("Enabled")));
            s3.putObject(p -> p.bucket(versioned.name()).key("a"), RequestBody.fromString("one"));
            s3.putObject(p -> p.bucket(versioned.name()).key("a"), RequestBody.fromString("three"));
            s3.putObject(p -> p.bucket(versioned.name()).key("b"), RequestBody.fromString("four"));
            s3.deleteObject(d -> d.bucket(versioned.name()).key("b"));

            BucketUsage current = S3Recipes.using(aws).bucketDu(versioned.name());
            BucketUsage all = S3Recipes.using(aws)
                    .bucketDu(d -> d.bucket(versioned.name()).allVersions(true));

            assertThat(current.objects()).isEqualTo(1);
            assertThat(current.bytes()).isEqualTo(5);
            assertThat(all.objects()).isEqualTo(3);
            assertThat(all.bytes()).isEqualTo(3 + 5 + 4);
            assertThat(all.deleteMarkers()).isEqualTo(1);
            assertThat(all.bytes())
                    .as("what ListObjectVersions reports")
                    .isEqualTo(ExpectedVersions.list(s3, versioned.name()).bytes);
        }
    }

    /**
     * More than a page of versions and delete markers, with the first page ending on a delete marker
     * (versitygw lists such a marker again on the next page) and keys where ranges are cut (versitygw
     * lists a {@code KeyMarker} key again).
     */
    @S3ServerTest
    void bucketDu_allVersionsOverSeveralPages_countsEachVersionOnce(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket versioned = ScratchBucket.create(s3, "s3a-s4-vv")) {
            s3.putBucketVersioning(p -> p.bucket(versioned.name()).versioningConfiguration(v -> v.status("Enabled")));
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 700; i++) {
                keys.add(String.format("v-%05d", i));
            }
            for (int i = 1; i <= 9; i++) {
                keys.add("v-0" + i);
            }
            put(s3, versioned.name(), keys, key -> key);
            put(s3, versioned.name(), keys, key -> key + "-second");
            // Listing order is key, then newest first: with markers on every 7th key and on v-00466 the
            // 1,000th entry is v-00466's delete marker, so the first page ends on it.
            List<String> deleted = new ArrayList<>();
            for (int i = 0; i < 700; i++) {
                if (i % 7 == 0 || i == 466) {
                    deleted.add(String.format("v-%05d", i));
                }
            }
            deleted.forEach(
                    key -> s3.deleteObject(d -> d.bucket(versioned.name()).key(key)));
            ExpectedVersions expected = ExpectedVersions.list(s3, versioned.name());
            assertThat(expected.versions).as("what was put").isEqualTo(2L * keys.size());
            assertThat(expected.markers).isEqualTo(deleted.size());

            for (int parallelism : new int[] {1, 4, 16}) {
                BucketUsage all = S3Recipes.using(aws)
                        .bucketDu(d ->
                                d.bucket(versioned.name()).allVersions(true).parallelism(parallelism));

                assertThat(all.objects())
                        .as("versions, parallelism %d", parallelism)
                        .isEqualTo(expected.versions);
                assertThat(all.bytes()).isEqualTo(expected.bytes);
                assertThat(all.deleteMarkers()).isEqualTo(expected.markers);
            }
        }
    }

    @S3ServerTest
    void bucketDu_missingBucket_failsNamingTheBucket(Aws aws) {
        String missing = LocalStack.uniqueName("s3a-missing");
        assertThatThrownBy(() -> S3Recipes.using(aws).bucketDu(missing))
                .isInstanceOf(BucketNotFoundException.class)
                .hasMessage("bucket " + missing + " does not exist")
                .hasCauseInstanceOf(NoSuchBucketException.class);
    }

    @S3ServerTest
    void bucketDu_badParallelism_isRejected(Aws aws) {
        assertThatThrownBy(() -> S3Recipes.using(aws)
                        .bucketDu(d -> d.bucket("some-bucket").parallelism(0)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("parallelism is 0");
    }

    /**
     * Fills a new bucket with the shape (each object's body is its key), counts it sequentially and
     * with 2 and 16 steps in flight, checks every count against a plain paginator's, and returns the
     * count with parallelism 8 (the default).
     */
    private static BucketUsage countShape(Aws aws, BucketShapes shape) {
        S3Client s3 = aws.client(S3Recipes.S3);
        List<String> keys = shape.keys();
        try (ScratchBucket bucket = ScratchBucket.create(
                s3,
                "s3a-s4-" + shape.slug().substring(0, Math.min(8, shape.slug().length())))) {
            put(s3, bucket.name(), keys, key -> key);
            Expected expected = Expected.list(s3, bucket.name(), "");
            assertThat(expected.objects).as("the paginator sees every key put").isEqualTo(keys.size());

            BucketUsage usage = null;
            for (int parallelism : new int[] {1, 2, 8, 16}) {
                BucketUsage counted = S3Recipes.using(aws)
                        .bucketDu(d -> d.bucket(bucket.name()).parallelism(parallelism));

                assertThat(counted.objects())
                        .as("%s with parallelism %d", shape, parallelism)
                        .isEqualTo(expected.objects);
                assertThat(counted.bytes()).isEqualTo(expected.bytes);
                assertThat(counted.byStorageClass()).isEqualTo(expected.byClass);
                if (parallelism == 1) {
                    assertThat(counted.requests())
                            .as("sequential: one request per page")
                            .isEqualTo((keys.size() + 999) / 1000);
                }
                if (parallelism == 8) {
                    usage = counted;
                }
            }
            return usage;
        }
    }

    /** Puts a small object under each key, 16 at a time, with the body the function gives. */
    private static void put(S3Client s3, String bucket, List<String> keys, Function<String, String> body) {
        fill(s3, bucket, keys, body, key -> false);
    }

    private static void fill(
            S3Client s3,
            String bucket,
            List<String> keys,
            Function<String, String> body,
            java.util.function.Predicate<String> infrequentAccess) {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            keys.stream()
                    .map(key -> CompletableFuture.runAsync(
                            () -> s3.putObject(
                                    p -> p.bucket(bucket)
                                            .key(key)
                                            .storageClass(
                                                    infrequentAccess.test(key)
                                                            ? StorageClass.STANDARD_IA
                                                            : StorageClass.STANDARD),
                                    RequestBody.fromString(body.apply(key))),
                            pool))
                    .toList()
                    .forEach(CompletableFuture::join);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * What another client computes: one plain sequential ListObjectsV2 listing, page after page. It pages
     * with {@code StartAfter} set to the last key rather than with the continuation token, as LocalStack
     * 4.14 fails on its own token after a non-ASCII key (HTTP 500, "'ascii' codec can't decode").
     */
    private record Expected(long objects, long bytes, Map<String, StorageClassUsage> byClass) {
        static Expected list(S3Client s3, String bucket, String prefix) {
            long objects = 0;
            long bytes = 0;
            Map<String, StorageClassUsage> byClass = new TreeMap<>();
            String after = null;
            while (true) {
                String from = after;
                ListObjectsV2Response page =
                        s3.listObjectsV2(l -> l.bucket(bucket).prefix(prefix).startAfter(from));
                for (S3Object o : page.contents()) {
                    objects++;
                    bytes += o.size();
                    byClass.merge(
                            o.storageClassAsString(), new StorageClassUsage(1, o.size()), StorageClassUsage::plus);
                }
                if (!Boolean.TRUE.equals(page.isTruncated())) {
                    return new Expected(objects, bytes, byClass);
                }
                after = page.contents().get(page.contents().size() - 1).key();
            }
        }
    }

    /**
     * Versions as a sequential ListObjectVersions paginator sees them, each (key, version id) counted
     * once: versitygw's pages repeat a delete marker that ends the page before.
     */
    private record ExpectedVersions(long versions, long bytes, long markers) {
        static ExpectedVersions list(S3Client s3, String bucket) {
            Set<String> seen = new HashSet<>();
            long versions = 0;
            long bytes = 0;
            long markers = 0;
            for (var page : s3.listObjectVersionsPaginator(l -> l.bucket(bucket))) {
                for (var v : page.versions()) {
                    if (seen.add(v.key() + "\u0000" + v.versionId())) {
                        versions++;
                        bytes += v.size();
                    }
                }
                for (var m : page.deleteMarkers()) {
                    if (seen.add(m.key() + "\u0000" + m.versionId())) {
                        markers++;
                    }
                }
            }
            return new ExpectedVersions(versions, bytes, markers);
        }
    }
}
