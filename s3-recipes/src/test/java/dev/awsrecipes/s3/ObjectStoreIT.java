package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.S3ServerKind;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectAclResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** S2 and S3 against LocalStack; each effect read back with a plain SDK call. */
class ObjectStoreIT {

    @S3ServerTest
    void putObject_text_readsBack(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s2")) {
            S3Recipes recipes = S3Recipes.using(aws);

            StoredObject stored = recipes.putObject(bucket.name(), "notes/today.txt", "café at nine");

            assertThat(stored.bytes()).isEqualTo("café at nine".getBytes(StandardCharsets.UTF_8).length);
            assertThat(s3.getObjectAsBytes(g -> g.bucket(bucket.name()).key("notes/today.txt"))
                            .asUtf8String())
                    .isEqualTo("café at nine");
            assertThat(recipes.readString(bucket.name(), "notes/today.txt")).isEqualTo("café at nine");
        }
    }

    @S3ServerTest
    void writeTo_streamsTheExactBytes_andAFullDeviceIsALocalFailureNotRetried(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s2-stream")) {
            byte[] binary = new byte[1024];
            new java.util.SplittableRandom(5).nextBytes(binary);
            s3.putObject(
                    p -> p.bucket(bucket.name()).key("bin"),
                    software.amazon.awssdk.core.sync.RequestBody.fromBytes(binary));
            S3Recipes recipes = S3Recipes.using(aws);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

            ObjectInfo info = recipes.writeTo(bucket.name(), "bin", out, "memory");

            assertThat(out.toByteArray()).isEqualTo(binary);
            assertThat(info.bytes()).isEqualTo(1024);
            try (java.io.FileOutputStream full = new java.io.FileOutputStream("/dev/full")) {
                assertThatThrownBy(() -> recipes.writeTo(bucket.name(), "bin", full, "/dev/full"))
                        .isInstanceOf(dev.awsrecipes.core.LocalIoException.class)
                        .hasMessage("no space left on device writing /dev/full (a local failure; nothing was retried)");
            }
        }
    }

    @S3ServerTest
    void download_aFileNameTheJvmCouldNotDecode_isRefusedBeforeAnyCall(Aws aws, @TempDir Path dir) {
        assertThatThrownBy(() -> S3Recipes.using(aws)
                        .download("no-such-bucket-at-all", "k", dir.resolve("donn\uFFFD\uFFFDes.txt")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("cannot decode")
                .hasMessageContaining("LC_ALL=C.UTF-8");
    }

    @S3ServerTest
    void putObject_file_keepsItsBytesAndGetsAContentType(Aws aws, @TempDir Path dir) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s2-file")) {
            Path file = dir.resolve("page.html");
            byte[] content = "<h1>binary-safe \u0000\u00ff</h1>".getBytes(StandardCharsets.ISO_8859_1);
            Files.write(file, content);

            StoredObject stored = S3Recipes.using(aws).putObject(bucket.name(), "page.html", file);

            assertThat(stored.eTag()).doesNotContain("\"");
            assertThat(s3.getObjectAsBytes(g -> g.bucket(bucket.name()).key("page.html"))
                            .asByteArray())
                    .isEqualTo(content);
            assertThat(s3.headObject(h -> h.bucket(bucket.name()).key("page.html"))
                            .contentType())
                    .startsWith("text/html");
            Path copy = dir.resolve("downloaded.html");
            ObjectInfo downloaded = S3Recipes.using(aws).download(bucket.name(), "page.html", copy);
            assertThat(copy).hasBinaryContent(content);
            assertThat(downloaded.bytes()).isEqualTo(content.length);
        }
    }

    @S3ServerTest
    void putObject_stream_storesExactlyTheGivenLength(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s2-stream")) {
            byte[] bytes = new byte[70_000];
            new java.util.Random(7).nextBytes(bytes);

            S3Recipes.using(aws).putObject(bucket.name(), "blob.bin", new ByteArrayInputStream(bytes), bytes.length);

            assertThat(S3Recipes.using(aws).readBytes(bucket.name(), "blob.bin"))
                    .isEqualTo(bytes);
            assertThat(s3.headObject(h -> h.bucket(bucket.name()).key("blob.bin"))
                            .contentLength())
                    .isEqualTo(70_000L);
        }
    }

    @S3ServerTest(
            value = S3ServerKind.LOCALSTACK,
            because =
                    "versitygw 1.8 does not implement GetObjectAcl (NotImplemented), which shows the object is private")
    void putObject_text_isStoredPrivate(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s2-acl")) {
            S3Recipes.using(aws).putObject(bucket.name(), "notes/today.txt", "café at nine");

            GetObjectAclResponse acl =
                    s3.getObjectAcl(a -> a.bucket(bucket.name()).key("notes/today.txt"));
            assertThat(acl.grants())
                    .as("only the owner has access")
                    .singleElement()
                    .satisfies(g -> {
                        assertThat(g.permission()).isEqualTo(Permission.FULL_CONTROL);
                        assertThat(g.grantee().id()).isEqualTo(acl.owner().id());
                    });
        }
    }

    @S3ServerTest(
            value = S3ServerKind.LOCALSTACK,
            because = "versitygw's posix backend keeps no storage class: every object is STANDARD")
    void putObject_withClass_readsBackThroughHeadObject(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s3-class")) {
            S3Recipes recipes = S3Recipes.using(aws);

            recipes.putObject(p -> p.bucket(bucket.name())
                    .key("report.csv")
                    .text("a,b\n1,2\n")
                    .storageClass(StorageClass.STANDARD_IA));

            assertThat(s3.headObject(h -> h.bucket(bucket.name()).key("report.csv"))
                            .storageClass())
                    .isEqualTo(StorageClass.STANDARD_IA);
            assertThat(recipes.objectInfo(bucket.name(), "report.csv").storageClass())
                    .isEqualTo("STANDARD_IA");
        }
    }

    @S3ServerTest
    void putObject_withMetadata_readsBackThroughHeadObject(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s3")) {
            S3Recipes recipes = S3Recipes.using(aws);

            recipes.putObject(p -> p.bucket(bucket.name())
                    .key("report.csv")
                    .text("a,b\n1,2\n")
                    .contentType("text/csv")
                    .putMetadata("owner", "finance")
                    .putMetadata("Quarter", "Q3"));

            HeadObjectResponse head = s3.headObject(h -> h.bucket(bucket.name()).key("report.csv"));
            assertThat(head.metadata()).isEqualTo(Map.of("owner", "finance", "quarter", "Q3"));
            assertThat(head.contentType()).isEqualTo("text/csv");
            ObjectInfo info = recipes.objectInfo(bucket.name(), "report.csv");
            assertThat(info.metadata()).isEqualTo(head.metadata());
            assertThat(info.bytes()).isEqualTo(8);
        }
    }

    @S3ServerTest
    void putObject_badInput_isRejectedBeforeAnyCall(Aws aws, @TempDir Path dir) {
        S3Recipes recipes = S3Recipes.using(aws);

        assertThatThrownBy(() -> recipes.putObject("some-bucket", "k", dir.resolve("missing.txt")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("missing.txt does not exist");
        assertThatThrownBy(() -> recipes.putObject(
                        p -> p.bucket("some-bucket").key("k").text("x").putMetadata("bad name", "v")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("metadata name \"bad name\" is not allowed");
        assertThatThrownBy(() -> recipes.putObject(
                        p -> p.bucket("some-bucket").key("k").text("x").putMetadata("big", "v".repeat(3000))))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("at most 2048 bytes");
        assertThatThrownBy(() -> recipes.putObject(
                        p -> p.bucket("some-bucket").key("k").text("x").storageClass(StorageClass.REDUCED_REDUNDANCY)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("REDUCED_REDUNDANCY is obsolete");
        assertThatThrownBy(() -> recipes.putObject(p -> p.bucket("some-bucket").key("k")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("content needs exactly one of");
    }

    @S3ServerTest
    void download_existingFile_isNeverOverwritten(Aws aws, @TempDir Path dir) throws Exception {
        Path existing = Files.writeString(dir.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> S3Recipes.using(aws).download("some-bucket", "k", existing))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("already exists");
        assertThat(existing).hasContent("mine");
    }
}
