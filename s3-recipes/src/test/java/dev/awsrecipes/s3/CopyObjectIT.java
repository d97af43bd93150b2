package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.S3ServerKind;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** S5, S6 and S8 against LocalStack; every result checked with HeadObject or GetObject. */
class CopyObjectIT {
    private static final Map<String, String> METADATA = Map.of("owner", "finance", "stage", "raw");

    @S3ServerTest
    void copyObject_toAnotherBucket_keepsMetadataContentTypeAndClass(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket source = ScratchBucket.create(s3, "s3a-s5-src");
                ScratchBucket target = ScratchBucket.create(s3, "s3a-s5-dst")) {
            put(s3, source.name(), "in/a.csv", "a,b\n");

            CopiedObject copied =
                    S3Recipes.using(aws).copyObject(source.name(), "in/a.csv", target.name(), "out/a.csv");

            assertThat(copied.parts()).isZero();
            assertThat(copied.metadataReplaced()).isFalse();
            HeadObjectResponse head = s3.headObject(h -> h.bucket(target.name()).key("out/a.csv"));
            assertThat(head.metadata()).isEqualTo(METADATA);
            assertThat(head.contentType()).isEqualTo("text/csv");
            assertThat(head.storageClass())
                    .as("the source's class (STANDARD_IA where the server keeps classes)")
                    .isEqualTo(classOf(s3, source.name(), "in/a.csv"));
            assertThat(head.contentLength()).isEqualTo(4);
        }
    }

    @S3ServerTest
    void copyObject_replacingMetadata_givesTheCopyOnlyTheNewMetadata(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s5-meta")) {
            put(s3, bucket.name(), "a.csv", "a,b\n");

            S3Recipes.using(aws).copyObject(c -> c.sourceBucket(bucket.name())
                    .sourceKey("a.csv")
                    .bucket(bucket.name())
                    .key("b.csv")
                    .replaceMetadata(Map.of("stage", "archived")));

            HeadObjectResponse copy = s3.headObject(h -> h.bucket(bucket.name()).key("b.csv"));
            assertThat(copy.metadata()).isEqualTo(Map.of("stage", "archived"));
            assertThat(copy.contentType()).as("system metadata carried over").isEqualTo("text/csv");
            assertThat(s3.headObject(h -> h.bucket(bucket.name()).key("a.csv")).metadata())
                    .as("source untouched")
                    .isEqualTo(METADATA);
        }
    }

    @S3ServerTest
    void moveObject_deletesTheSourceAfterTheCopy(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s5-move")) {
            put(s3, bucket.name(), "inbox/a.csv", "payload");

            CopiedObject moved = S3Recipes.using(aws).moveObject(c -> c.sourceBucket(bucket.name())
                    .sourceKey("inbox/a.csv")
                    .bucket(bucket.name())
                    .key("done/a.csv"));

            assertThat(moved.sourceDeleted()).isTrue();
            assertThat(s3.getObjectAsBytes(g -> g.bucket(bucket.name()).key("done/a.csv"))
                            .asUtf8String())
                    .isEqualTo("payload");
            assertThatThrownBy(() -> s3.headObject(h -> h.bucket(bucket.name()).key("inbox/a.csv")))
                    .isInstanceOf(NoSuchKeyException.class);
        }
    }

    @S3ServerTest
    void copyObject_aboveTheThreshold_copiesInPartsByteForByte(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s5-mpu")) {
            byte[] content = new byte[12 * 1024 * 1024 + 17];
            new Random(42).nextBytes(content);
            s3.putObject(
                    p -> p.bucket(bucket.name())
                            .key("big.bin")
                            .metadata(METADATA)
                            .contentType("application/x-big"),
                    RequestBody.fromBytes(content));

            CopiedObject copied = S3Recipes.using(aws).copyObject(c -> c.sourceBucket(bucket.name())
                    .sourceKey("big.bin")
                    .bucket(bucket.name())
                    .key("copy.bin")
                    .multipartThreshold(5 << 20)
                    .partSize(5 << 20));

            assertThat(copied.parts()).isEqualTo(3);
            assertThat(copied.bytes()).isEqualTo(content.length);
            assertThat(s3.getObjectAsBytes(g -> g.bucket(bucket.name()).key("copy.bin"))
                            .asByteArray())
                    .isEqualTo(content);
            HeadObjectResponse head = s3.headObject(h -> h.bucket(bucket.name()).key("copy.bin"));
            assertThat(head.metadata()).isEqualTo(METADATA);
            assertThat(head.contentType()).isEqualTo("application/x-big");
            assertThat(s3.listMultipartUploads(l -> l.bucket(bucket.name())).uploads())
                    .as("nothing left behind")
                    .isEmpty();
        }
    }

    @S3ServerTest
    void replaceMetadata_inPlace_keepsContentAndSystemMetadata(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s6")) {
            put(s3, bucket.name(), "a.csv", "a,b\n");

            StorageClass before = classOf(s3, bucket.name(), "a.csv");

            ObjectInfo info = S3Recipes.using(aws).replaceMetadata(bucket.name(), "a.csv", Map.of("stage", "clean"));

            HeadObjectResponse head = s3.headObject(h -> h.bucket(bucket.name()).key("a.csv"));
            assertThat(head.metadata()).isEqualTo(Map.of("stage", "clean")).isEqualTo(info.metadata());
            assertThat(head.contentType()).isEqualTo("text/csv");
            assertThat(head.storageClass()).as("class kept").isEqualTo(before);
            assertThat(s3.getObjectAsBytes(g -> g.bucket(bucket.name()).key("a.csv"))
                            .asUtf8String())
                    .isEqualTo("a,b\n");
        }
    }

    @S3ServerTest(
            value = S3ServerKind.LOCALSTACK,
            because = "versitygw's posix backend keeps no storage class: every object is STANDARD, and a copy onto"
                    + " itself that changes only the class is refused as a copy without change")
    void changeStorageClass_inPlace_movesTheObjectToTheNewClass(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s8")) {
            put(s3, bucket.name(), "a.csv", "a,b\n");

            ObjectInfo info = S3Recipes.using(aws).changeStorageClass(bucket.name(), "a.csv", StorageClass.GLACIER_IR);

            assertThat(info.storageClass()).isEqualTo("GLACIER_IR");
            HeadObjectResponse head = s3.headObject(h -> h.bucket(bucket.name()).key("a.csv"));
            assertThat(head.storageClass()).isEqualTo(StorageClass.GLACIER_IR);
            assertThat(head.metadata()).as("metadata kept").isEqualTo(METADATA);
            assertThat(S3Recipes.using(aws).changeStorageClass(bucket.name(), "a.csv", StorageClass.GLACIER_IR))
                    .as("already there: nothing to do")
                    .isEqualTo(info);
        }
    }

    @S3ServerTest
    void changeStorageClass_reducedRedundancy_isRejectedAsObsolete(Aws aws) {
        assertThatThrownBy(
                        () -> S3Recipes.using(aws).changeStorageClass("b-ucket", "k", StorageClass.REDUCED_REDUNDANCY))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("REDUCED_REDUNDANCY is obsolete")
                .hasMessageContaining("STANDARD_IA");
    }

    @S3ServerTest
    void moveObject_ontoItself_isRejected(Aws aws) {
        assertThatThrownBy(() -> S3Recipes.using(aws).moveObject(c -> c.sourceBucket("b-ucket")
                        .sourceKey("k")
                        .bucket("b-ucket")
                        .key("k")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("must differ from the source key");
    }

    /** The storage class the server reports for the object; STANDARD when it reports none. */
    private static StorageClass classOf(S3Client s3, String bucket, String key) {
        StorageClass reported = s3.headObject(h -> h.bucket(bucket).key(key)).storageClass();
        return reported == null ? StorageClass.STANDARD : reported;
    }

    private static void put(S3Client s3, String bucket, String key, String body) {
        s3.putObject(
                p -> p.bucket(bucket)
                        .key(key)
                        .metadata(METADATA)
                        .contentType("text/csv")
                        .storageClass(StorageClass.STANDARD_IA),
                RequestBody.fromString(body));
    }
}
