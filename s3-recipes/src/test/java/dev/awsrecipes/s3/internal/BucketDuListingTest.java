package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.s3.BucketNotFoundException;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.internal.ListingS3.Server;
import dev.awsrecipes.testing.BucketShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * bucketDu's key-space splitting without a server: each bucket shape is counted through {@code
 * S3Recipes.builder().s3Client(fake)} with several degrees of parallelism, on a fake that lists as AWS
 * does and on one that lists as LocalStack does, and every count must equal what the fake holds. Sizes
 * differ from key to key, so a key counted twice and another left out do not cancel out.
 */
class BucketDuListingTest {
    private static final String BUCKET = "du-bucket";
    private static final int[] PARALLELISM = {1, 2, 8, 16};

    /** Key layouts beyond the shared {@link BucketShapes}, which must also be storable on versitygw. */
    enum ExtraShape {
        EMPTY(List.of()),
        /** Folders inside folders, the first page ending deep inside one. */
        DEEP(concat(
                numbered("a/b/c/d/e/%04d", 1100),
                numbered("a/b/x/%04d", 300),
                numbered("a/%04d", 50),
                numbered("b/c/%04d", 600),
                numbered("b/c/d/%04d", 600))),
        /**
         * Characters sorting next to '/' ('-' '.' before it, '0' after it), a key that is also a folder
         * name and a folder's own marker object ({@code a/}), an empty segment ({@code a//}), DEL, and keys
         * of 1,024 bytes that sort after {@link Folders#pastEnd} of their folder (U+FFFF is past the
         * boundary's last character).
         */
        AROUND_THE_SLASH(concat(
                numbered("a-%04d", 400),
                numbered("a.%04d", 400),
                List.of("a", "a/", "a//", "a//x", "a/\u007F", "a\u007F", "a/" + largest(1022)),
                numbered("a/%04d", 700),
                numbered("a0%04d", 400),
                numbered("a/b/%04d", 100),
                List.of("a/b/" + largest(1020), "a/" + "\uDBFF\uDFFF".repeat(255)))),
        /** Non-ASCII keys whose UTF-16 order differs from S3's UTF-8 order, folders and loose keys mixed. */
        NON_ASCII_ORDER(concat(
                numbered("\uFF21/%04d", 700),
                numbered("\uD83D\uDE00/%04d", 700),
                numbered("\uFF21-%04d", 300),
                numbered("\uD83D\uDE00-%04d", 300),
                numbered("é/%04d", 500),
                numbered("e\u0301/%04d", 200),
                numbered("z/%04d", 10))),
        /** Enough keys without a folder that ranges are cut again and again while workers are free. */
        MANY_FLAT_KEYS(concat(numbered("log-%06d", 8000), numbered("Log-%05d", 1500), numbered("0%05d", 1000))),
        /** Many keys under each of a few folders, so each folder is cut on its own. */
        FEW_BIG_FOLDERS(
                concat(numbered("x/2024-%05d", 4000), numbered("y/%05d.gz", 4000), numbered("z/%05d/part", 2000)));

        private final List<String> keys;

        ExtraShape(List<String> keys) {
            this.keys = keys;
        }
    }

    static Stream<Arguments> everyShapeOnEveryServer() {
        List<Arguments> cases = new ArrayList<>();
        for (Server server : List.of(Server.AWS, Server.LOCALSTACK)) {
            for (BucketShapes shape : BucketShapes.values()) {
                cases.add(Arguments.of(server, shape.name(), shape.keys()));
            }
            for (ExtraShape shape : ExtraShape.values()) {
                cases.add(Arguments.of(server, shape.name(), shape.keys));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("everyShapeOnEveryServer")
    void bucketDu_everyShape_countsEveryKeyOnce(Server server, String shape, List<String> keys) {
        ListingS3 s3 = bucketOf(server, keys);
        ListingS3.Truth truth = s3.truth("", false);
        assertThat(truth.objects()).as("the fake holds every key").isEqualTo(keys.size());

        for (int parallelism : PARALLELISM) {
            s3.requests.set(0);
            BucketUsage usage = s3.recipes().bucketDu(d -> d.bucket(BUCKET).parallelism(parallelism));

            assertCounted(usage, truth, shape + " with parallelism " + parallelism);
            assertThat(usage.requests()).as("requests reported").isEqualTo(s3.requests.get());
            if (parallelism == 1) {
                assertThat(usage.requests())
                        .as("sequential: one request per page")
                        .isEqualTo(Math.max(1, (keys.size() + 999) / 1000));
            }
        }
    }

    /**
     * Servers may return fewer entries than asked (S3 documents at most MaxKeys); short pages move every
     * boundary bucketDu meets to other keys, and must not change the count.
     */
    @ParameterizedTest
    @EnumSource(
            value = Server.class,
            names = {"AWS", "LOCALSTACK"})
    void bucketDu_serverWithShortPages_countsEveryKeyOnce(Server server) {
        for (List<String> keys : List.of(
                BucketShapes.FOLDERS_AND_LOOSE_KEYS.keys(),
                ExtraShape.AROUND_THE_SLASH.keys,
                ExtraShape.NON_ASCII_ORDER.keys)) {
            for (int pageSize : new int[] {3, 100}) {
                ListingS3 s3 = fill(new ListingS3(BUCKET, server, pageSize), keys);
                for (int parallelism : new int[] {1, 4, 16}) {
                    BucketUsage usage =
                            s3.recipes().bucketDu(d -> d.bucket(BUCKET).parallelism(parallelism));

                    assertCounted(
                            usage,
                            s3.truth("", false),
                            "pages of " + pageSize + ", parallelism " + parallelism + ", first key " + keys.get(0));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Server.class,
            names = {"AWS", "LOCALSTACK"})
    void bucketDu_prefixes_countOnlyTheKeysUnderThem(Server server) {
        List<String> keys = concat(
                BucketShapes.TWO_FOLDERS_FIRST_PAGE_ENDS_INSIDE_THE_FIRST.keys(),
                ExtraShape.DEEP.keys,
                ExtraShape.AROUND_THE_SLASH.keys,
                BucketShapes.NON_ASCII.keys());
        ListingS3 s3 = bucketOf(server, keys);
        for (String prefix : List.of(
                "data/",
                "data/obj-01",
                "data/obj-00",
                "d",
                "a/",
                "a/b/",
                "a/b/c/d/",
                "a",
                "a/\u007F",
                "b/c/",
                "données/",
                "日本/",
                "\uD83D\uDE00",
                "nothing/")) {
            ListingS3.Truth truth = s3.truth(prefix, false);
            for (int parallelism : PARALLELISM) {
                BucketUsage usage = s3.recipes()
                        .bucketDu(d -> d.bucket(BUCKET).prefix(prefix).parallelism(parallelism));

                assertThat(usage.prefix()).isEqualTo(prefix);
                assertCounted(usage, truth, "prefix " + prefix + " with parallelism " + parallelism);
            }
        }
    }

    /** The request counts BucketDuIT sees on LocalStack and versitygw hold on both listing styles. */
    @ParameterizedTest
    @EnumSource(
            value = Server.class,
            names = {"AWS", "LOCALSTACK"})
    void bucketDu_foldersAfterTheFirstPage_costOneRequestEach(Server server) {
        assertThat(requestsWithDefaultParallelism(server, BucketShapes.ONE_FOLDER_OVER_A_THOUSAND))
                .as("the first page, the folder continued from its last key, the folder listing after it")
                .isEqualTo(3);
        assertThat(requestsWithDefaultParallelism(server, BucketShapes.TWO_FOLDERS_FIRST_PAGE_ENDS_INSIDE_THE_FIRST))
                .isEqualTo(4);
        assertThat(requestsWithDefaultParallelism(server, BucketShapes.FOLDERS_AND_LOOSE_KEYS))
                .isEqualTo(4);
        assertThat(requestsWithDefaultParallelism(server, BucketShapes.MANY_SMALL_FOLDERS))
                .as("1,250 folders are cut into ranges, not listed one by one")
                .isLessThan(40);
    }

    @Test
    void bucketDu_storageClasses_areCountedApart() {
        ListingS3 s3 = new ListingS3(BUCKET, Server.AWS);
        IntStream.range(0, 1500).forEach(i -> s3.put(String.format("data/%05d", i), 10, null));
        IntStream.range(0, 700).forEach(i -> s3.put(String.format("data/%05d-ia", i), 100, "STANDARD_IA"));
        IntStream.range(0, 300).forEach(i -> s3.put(String.format("cold/%05d", i), 1000, "GLACIER"));
        IntStream.range(0, 5).forEach(i -> s3.put(String.format("std-%d", i), 1, "STANDARD"));

        BucketUsage usage = s3.recipes().bucketDu(BUCKET);

        assertThat(usage.byStorageClass()).containsOnlyKeys("GLACIER", "STANDARD", "STANDARD_IA");
        assertThat(usage.byStorageClass().get("STANDARD").objects())
                .as("left out of the listing, or named")
                .isEqualTo(1505);
        assertThat(usage.byStorageClass().get("STANDARD").bytes()).isEqualTo(15_005);
        assertThat(usage.byStorageClass().get("STANDARD_IA").bytes()).isEqualTo(70_000);
        assertThat(usage.byStorageClass().get("GLACIER").objects()).isEqualTo(300);
        assertCounted(usage, s3.truth("", false), "storage classes");
    }

    /**
     * Over a page of versions, the first page ending on a delete marker, as in BucketDuIT: on AWS and
     * on a server that lists the marker key and the marker named as version marker again.
     */
    @ParameterizedTest
    @EnumSource(Server.class)
    void bucketDu_allVersions_countsEachVersionAndDeleteMarkerOnce(Server server) {
        ListingS3 s3 = new ListingS3(BUCKET, server);
        List<String> keys = concat(numbered("v-%05d", 700), numbered("v-0%d", 9).subList(1, 9));
        keys.forEach(key -> s3.put(key, key.length(), null));
        keys.forEach(key -> s3.put(key, 1000 + key.hashCode() % 100, "STANDARD_IA"));
        // Listing order is key, then newest first: with markers on every 7th key and on v-00466, the
        // 1,000th entry is v-00466's delete marker.
        IntStream.range(0, 700).filter(i -> i % 7 == 0 || i == 466).forEach(i -> s3.delete(String.format("v-%05d", i)));
        s3.put("v-00003", 5, "GLACIER").delete("v-00003").put("v-00003", 6, null);
        ListingS3.Truth truth = s3.truth("", true);

        for (int parallelism : new int[] {1, 4, 16}) {
            BucketUsage usage = s3.recipes()
                    .bucketDu(d -> d.bucket(BUCKET).allVersions(true).parallelism(parallelism));

            assertThat(usage.allVersions()).isTrue();
            assertCounted(usage, truth, server + " versions, parallelism " + parallelism);
            assertThat(usage.deleteMarkers()).isEqualTo(truth.deleteMarkers()).isEqualTo(102);
        }
        BucketUsage current = s3.recipes().bucketDu(BUCKET);
        assertCounted(current, s3.truth("", false), "current objects");
    }

    @Test
    void bucketDu_missingBucket_failsNamingTheBucket() {
        ListingS3 s3 = new ListingS3(BUCKET, Server.AWS);

        assertThatThrownBy(() -> s3.recipes().bucketDu("other-bucket"))
                .isInstanceOf(BucketNotFoundException.class)
                .hasMessage("bucket other-bucket does not exist")
                .hasCauseInstanceOf(NoSuchBucketException.class);
    }

    private static void assertCounted(BucketUsage usage, ListingS3.Truth truth, String what) {
        assertThat(usage.objects()).as("objects: %s", what).isEqualTo(truth.objects());
        assertThat(usage.bytes()).as("bytes: %s", what).isEqualTo(truth.bytes());
        assertThat(usage.byStorageClass()).as("storage classes: %s", what).isEqualTo(truth.byClass());
        assertThat(usage.deleteMarkers()).as("delete markers: %s", what).isEqualTo(truth.deleteMarkers());
    }

    private static long requestsWithDefaultParallelism(Server server, BucketShapes shape) {
        ListingS3 s3 = bucketOf(server, shape.keys());
        BucketUsage usage = s3.recipes().bucketDu(BUCKET);
        assertCounted(usage, s3.truth("", false), shape.name());
        return usage.requests();
    }

    private static ListingS3 bucketOf(Server server, List<String> keys) {
        return fill(new ListingS3(BUCKET, server), keys);
    }

    /**
     * Puts every key with a size and storage class of its own: sizes spread over 20 bits, classes
     * over STANDARD (left out, as S3 does, or named), STANDARD_IA and GLACIER.
     */
    private static ListingS3 fill(ListingS3 s3, List<String> keys) {
        for (String key : keys) {
            int hash = key.hashCode();
            String[] classes = {null, "STANDARD", "STANDARD_IA", "GLACIER", null};
            s3.put(key, 1 + (hash & 0xFFFFF), classes[Math.floorMod(hash, classes.length)]);
        }
        return s3;
    }

    /** The format applied to 0, 1, ... count - 1. */
    private static List<String> numbered(String format, int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format(format, i)).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    /** A run of the largest characters filling {@code bytes} UTF-8 bytes (U+FFFF, three bytes each, then ASCII). */
    private static String largest(int bytes) {
        return "\uFFFF".repeat(bytes / 3) + "~".repeat(bytes % 3);
    }
}
