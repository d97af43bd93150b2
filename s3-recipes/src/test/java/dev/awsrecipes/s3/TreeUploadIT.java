package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

class TreeUploadIT {
    private static final long MIB = S3Limits.MIB;

    @TempDir
    Path dir;

    private Path tree() throws Exception {
        Path root = Files.createDirectories(dir.resolve("tree"));
        Files.createDirectories(root.resolve("css/deep"));
        Files.writeString(root.resolve("index.html"), "<h1>hi</h1>");
        Files.writeString(root.resolve("css/site.css"), "body{}");
        Files.writeString(root.resolve("css/deep/empty.txt"), "");
        TestFiles.random(root.resolve("big.bin"), 12 * MIB, 21);
        return root;
    }

    @S3ServerTest
    void uploadTree_removeSource_storesEveryFileUnderThePrefixThenDeletesTheSources(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        Path root = tree();
        String bigDigest = TestFiles.sha256(root.resolve("big.bin"));
        try (TestBucket bucket = new TestBucket(s3)) {
            TreeUploadResult result = S3Transfers.using(aws).uploadTree(t -> t.directory(root)
                    .bucket(bucket.name())
                    .prefix("site/")
                    .removeSource(true)
                    .perFile(u -> u.partSize(5 * MIB).stateDirectory(dir.resolve("state"))));

            assertThat(result.complete()).isTrue();
            assertThat(result.removed()).isEqualTo(4);
            Map<String, Long> stored = s3.listObjectsV2Paginator(r -> r.bucket(bucket.name())).contents().stream()
                    .collect(Collectors.toMap(S3Object::key, S3Object::size));
            assertThat(stored)
                    .containsOnly(
                            Map.entry("site/index.html", 11L),
                            Map.entry("site/css/site.css", 6L),
                            Map.entry("site/css/deep/empty.txt", 0L),
                            Map.entry("site/big.bin", 12 * MIB));
            assertThat(result.uploaded())
                    .filteredOn(f -> f.key().equals("site/big.bin"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.parts()).isEqualTo(3));
            assertThat(s3.headObject(r -> r.bucket(bucket.name()).key("site/index.html"))
                            .contentType())
                    .isEqualTo("text/html");
            assertThat(StoredObjects.sha256(s3, bucket.name(), "site/big.bin")).isEqualTo(bigDigest);
            try (var left = Files.walk(root)) {
                assertThat(left.filter(Files::isRegularFile))
                        .as("source files left")
                        .isEmpty();
            }
        }
    }

    @S3ServerTest
    void uploadTree_oneFileFails_keepsThatSourceAndRemovesTheOthers(S3Server server) throws Exception {
        Path root = tree();
        // Every PutObject of the CSS file fails; the other files are unaffected.
        UploadFaults faults = UploadFaults.internalError((part, before) -> part == 0);
        try (Aws aws = server.sessionBuilder()
                        .maxAttempts(1)
                        .addInterceptor(new KeyFilter("p/css/site.css", faults))
                        .build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            S3Client s3 = aws.client(S3Recipes.S3);
            TreeUploadResult result = S3Transfers.using(aws).uploadTree(t -> t.directory(root)
                    .bucket(bucket.name())
                    .prefix("p/")
                    .removeSource(true)
                    .perFile(u -> u.partSize(5 * MIB).partAttempts(2).stateDirectory(dir.resolve("state"))));

            assertThat(result.failed()).singleElement().satisfies(f -> {
                assertThat(f.key()).isEqualTo("p/css/site.css");
                assertThat(f.message()).contains("InternalError");
            });
            assertThat(root.resolve("css/site.css"))
                    .as("the source of the failed file")
                    .exists();
            assertThat(root.resolve("index.html")).doesNotExist();
            assertThat(root.resolve("big.bin")).doesNotExist();
            assertThat(s3.listObjectsV2(r -> r.bucket(bucket.name())).contents())
                    .extracting(S3Object::key)
                    .containsExactlyInAnyOrder("p/index.html", "p/css/deep/empty.txt", "p/big.bin");
        }
    }

    @S3ServerTest
    void uploadTree_linkedDirectoryAndAPrefixWithoutSlash_followsTheLinkGiven_skipsAndNamesTheOddEntries(Aws aws)
            throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        Path release = Files.createDirectories(dir.resolve("releases/42"));
        Files.writeString(release.resolve("a.txt"), "a");
        Files.createDirectories(release.resolve("sub"));
        Files.writeString(release.resolve("sub/b.txt"), "bb");
        Files.createSymbolicLink(release.resolve("outside"), dir.resolve("releases"));
        Files.createSymbolicLink(release.resolve("a-link.txt"), release.resolve("a.txt"));
        Process mkfifo = new ProcessBuilder("mkfifo", release.resolve("pipe").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Path current = Files.createSymbolicLink(dir.resolve("current"), release);
        java.util.List<TreeUploadListener.TreeUploadProgress> reports = new java.util.ArrayList<>();
        try (TestBucket bucket = new TestBucket(s3)) {
            TreeUploadResult result = S3Transfers.using(aws).uploadTree(t -> t.directory(current)
                    .bucket(bucket.name())
                    .prefix("backups")
                    .listener(reports::add));

            assertThat(result.prefix()).isEqualTo("backups/");
            assertThat(s3.listObjectsV2(r -> r.bucket(bucket.name())).contents())
                    .extracting(S3Object::key)
                    .containsExactlyInAnyOrder("backups/a.txt", "backups/sub/b.txt");
            assertThat(result.uploaded())
                    .extracting(TreeUploadResult.UploadedFile::file)
                    .containsExactly(current.resolve("a.txt"), current.resolve("sub/b.txt"));
            assertThat(result.skipped())
                    .extracting(TreeUploadResult.SkippedEntry::path, TreeUploadResult.SkippedEntry::reason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    current.resolve("a-link.txt"), "symbolic link (not followed)"),
                            org.assertj.core.groups.Tuple.tuple(
                                    current.resolve("outside"), "symbolic link (not followed)"),
                            org.assertj.core.groups.Tuple.tuple(
                                    current.resolve("pipe"), "not a regular file (FIFO, socket or device)"));
            assertThat(result.complete()).isTrue();
            assertThat(reports.get(0)).isEqualTo(new TreeUploadListener.TreeUploadProgress(0, 2, 0, 3));
            assertThat(reports.get(reports.size() - 1))
                    .isEqualTo(new TreeUploadListener.TreeUploadProgress(2, 2, 3, 3));
        }
    }

    /** Applies a fault injector to requests for one key only. */
    private record KeyFilter(String key, UploadFaults faults)
            implements software.amazon.awssdk.core.interceptor.ExecutionInterceptor {
        @Override
        public void beforeTransmission(
                software.amazon.awssdk.core.interceptor.Context.BeforeTransmission context,
                software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
            if (context.request() instanceof software.amazon.awssdk.services.s3.model.PutObjectRequest p
                    && p.key().equals(key)) {
                faults.beforeTransmission(context, attributes);
            }
        }
    }
}
