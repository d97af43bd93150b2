package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.internal.S3Services;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * S4 against LocalStack: one bucket of 2,600 small objects (three pages and more, so the parallel
 * path runs), filled once for the class; every count is compared with a plain paginator's sums.
 */
@ExtendWith(LocalStackExtension.class)
class BucketDuIT {
    private static final int OBJECTS = 2600;

    private static Aws aws;
    private static ScratchBucket bucket;

    @BeforeAll
    static void fillBucket(LocalStack localStack) {
        aws = localStack.session();
        S3Client s3 = S3Services.client(aws);
        bucket = ScratchBucket.create(s3, "s3a-s4");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Void>> puts = new ArrayList<>();
            for (int i = 0; i < OBJECTS; i++) {
                // Two "folders" with sequential names, one in another class: the shapes real buckets have.
                String key = (i % 2 == 0 ? "logs/" : "data/") + String.format("obj-%05d", i);
                StorageClass storageClass = i % 10 == 0 ? StorageClass.STANDARD_IA : StorageClass.STANDARD;
                byte[] body = new byte[i % 97];
                puts.add(CompletableFuture.runAsync(
                        () -> s3.putObject(
                                p -> p.bucket(bucket.name()).key(key).storageClass(storageClass),
                                RequestBody.fromBytes(body)),
                        pool));
            }
            puts.forEach(CompletableFuture::join);
        } finally {
            pool.shutdown();
        }
    }

    @AfterAll
    static void removeBucket() {
        bucket.close();
        aws.close();
    }

    @Test
    void bucketDu_wholeBucket_matchesThePaginatorsSums() {
        Expected expected = Expected.list(S3Services.client(aws), bucket.name(), "");

        BucketUsage usage = S3Recipes.using(aws).bucketDu(bucket.name());

        assertThat(usage.objects()).isEqualTo(expected.objects).isEqualTo(OBJECTS);
        assertThat(usage.bytes()).isEqualTo(expected.bytes);
        assertThat(usage.byStorageClass()).isEqualTo(expected.byClass);
        assertThat(usage.byStorageClass()).containsOnlyKeys("STANDARD", "STANDARD_IA");
        assertThat(usage.requests()).as("more than one page was listed").isGreaterThan(3);
    }

    @Test
    void bucketDu_sequentialAndParallel_agree() {
        S3Recipes s3 = S3Recipes.using(aws);

        BucketUsage sequential = s3.bucketDu(d -> d.bucket(bucket.name()).parallelism(1));
        BucketUsage parallel = s3.bucketDu(d -> d.bucket(bucket.name()).parallelism(16));

        assertThat(sequential.requests()).isEqualTo((OBJECTS + 999) / 1000);
        assertThat(parallel.objects()).isEqualTo(sequential.objects());
        assertThat(parallel.bytes()).isEqualTo(sequential.bytes());
        assertThat(parallel.byStorageClass()).isEqualTo(sequential.byStorageClass());
    }

    @Test
    void bucketDu_foldersAndLooseKeys_countsEveryKeyOnceWithFewExtraRequests(Aws session) {
        // A folder inside the first page, loose keys beyond it, then folders (one nested) and loose keys
        // after the first page: 2,400 keys in sort order a/, loose-, p/, q/r/, zz-.
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(String.format("a/%04d", i));
            keys.add(String.format("p/%04d", i));
            keys.add(String.format("q/r/%04d", i));
            keys.add(String.format("zz-%04d", i));
        }
        for (int i = 0; i < 1200; i++) {
            keys.add(String.format("loose-%05d", i));
        }

        BucketUsage usage = usageOfNewBucket(session, keys, 8);

        // Page 1 (a/ and 700 loose keys), one folder listing after it (the other 500 loose keys, zz-,
        // and the folders p/ and q/), then one page for each folder: 4, where a paginator needs 3.
        assertThat(usage.requests()).isEqualTo(4);
    }

    @Test
    void bucketDu_flatKeys_areCutIntoRangesAndCountedOnce(Aws session) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            keys.add(String.format("event-%05d", i * 7));
        }

        BucketUsage usage = usageOfNewBucket(session, keys, 4);

        assertThat(usage.requests())
                .as("3 pages, at most one of them cut short, and at most 4 cuts")
                .isBetween(3L, 3L + 1 + 4);
    }

    /**
     * bucketDu of a new bucket holding {@code keys}, checked against a plain paginator's counts; the
     * bucket is gone afterwards.
     */
    private static BucketUsage usageOfNewBucket(Aws session, List<String> keys, int parallelism) {
        S3Client s3 = S3Services.client(session);
        try (ScratchBucket scratch = ScratchBucket.create(s3, "s3a-s4-k")) {
            put(s3, scratch.name(), keys);
            Expected expected = Expected.list(s3, scratch.name(), "");

            BucketUsage usage = S3Recipes.using(session)
                    .bucketDu(d -> d.bucket(scratch.name()).parallelism(parallelism));

            assertThat(usage.objects()).isEqualTo(expected.objects).isEqualTo(keys.size());
            assertThat(usage.bytes()).isEqualTo(expected.bytes);
            return usage;
        }
    }

    @Test
    void bucketDu_prefix_countsOnlyThatPrefix() {
        Expected expected = Expected.list(S3Services.client(aws), bucket.name(), "logs/obj-01");

        BucketUsage usage =
                S3Recipes.using(aws).bucketDu(d -> d.bucket(bucket.name()).prefix("logs/obj-01"));

        assertThat(usage.prefix()).isEqualTo("logs/obj-01");
        assertThat(usage.objects()).isEqualTo(expected.objects).isEqualTo(500);
        assertThat(usage.bytes()).isEqualTo(expected.bytes);
        assertThat(usage.requests()).isEqualTo(1);
    }

    @Test
    void bucketDu_allVersions_countsEveryVersionAndDeleteMarker(Aws session) {
        S3Client s3 = S3Services.client(session);
        try (ScratchBucket versioned = ScratchBucket.create(s3, "s3a-s4-v")) {
            s3.putBucketVersioning(p -> p.bucket(versioned.name()).versioningConfiguration(v -> v.status("Enabled")));
            s3.putObject(p -> p.bucket(versioned.name()).key("a"), RequestBody.fromString("one"));
            s3.putObject(p -> p.bucket(versioned.name()).key("a"), RequestBody.fromString("three"));
            s3.putObject(p -> p.bucket(versioned.name()).key("b"), RequestBody.fromString("four"));
            s3.deleteObject(d -> d.bucket(versioned.name()).key("b"));

            BucketUsage current = S3Recipes.using(session).bucketDu(versioned.name());
            BucketUsage all = S3Recipes.using(session)
                    .bucketDu(d -> d.bucket(versioned.name()).allVersions(true));

            assertThat(current.objects()).isEqualTo(1);
            assertThat(current.bytes()).isEqualTo(5);
            assertThat(all.objects()).isEqualTo(3);
            assertThat(all.bytes()).isEqualTo(3 + 5 + 4);
            assertThat(all.deleteMarkers()).isEqualTo(1);
            long listed = s3.listObjectVersions(l -> l.bucket(versioned.name())).versions().stream()
                    .mapToLong(v -> v.size())
                    .sum();
            assertThat(all.bytes()).as("what ListObjectVersions reports").isEqualTo(listed);
        }
    }

    @Test
    void bucketDu_allVersionsOfALargeBucket_matchesThePaginatorsSums() {
        Expected expected = Expected.list(S3Services.client(aws), bucket.name(), "");

        BucketUsage usage =
                S3Recipes.using(aws).bucketDu(d -> d.bucket(bucket.name()).allVersions(true));

        assertThat(usage.objects()).isEqualTo(expected.objects);
        assertThat(usage.bytes()).isEqualTo(expected.bytes);
        assertThat(usage.deleteMarkers()).isZero();
    }

    @Test
    void bucketDu_missingBucket_failsNamingTheBucket(Aws session) {
        String missing = LocalStack.uniqueName("s3a-missing");
        assertThatThrownBy(() -> S3Recipes.using(session).bucketDu(missing))
                .isInstanceOf(BucketNotFoundException.class)
                .hasMessage("bucket " + missing + " does not exist")
                .hasCauseInstanceOf(NoSuchBucketException.class);
    }

    @Test
    void bucketDu_badParallelism_isRejected(Aws session) {
        assertThatThrownBy(() -> S3Recipes.using(session)
                        .bucketDu(d -> d.bucket("some-bucket").parallelism(0)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("parallelism is 0");
    }

    /** Puts a small object under each key, 16 at a time; the size of each is its key's length. */
    private static void put(S3Client s3, String bucket, List<String> keys) {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            keys.stream()
                    .map(key -> CompletableFuture.runAsync(
                            () -> s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromString(key)), pool))
                    .toList()
                    .forEach(CompletableFuture::join);
        } finally {
            pool.shutdown();
        }
    }

    /** What another client computes: one sequential paginator. */
    private record Expected(long objects, long bytes, Map<String, StorageClassUsage> byClass) {
        static Expected list(S3Client s3, String bucket, String prefix) {
            long objects = 0;
            long bytes = 0;
            Map<String, StorageClassUsage> byClass = new TreeMap<>();
            for (S3Object o : s3.listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix))
                    .contents()) {
                objects++;
                bytes += o.size();
                byClass.merge(o.storageClassAsString(), new StorageClassUsage(1, o.size()), StorageClassUsage::plus);
            }
            return new Expected(objects, bytes, byClass);
        }
    }
}
