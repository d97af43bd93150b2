package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/** S13 against LocalStack. */
class DeleteBucketIT {

    @S3ServerTest
    void deleteBucket_withVersionsAndDeleteMarkers_removesEverythingInBatchesOfAThousand(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s13")) {
            s3.putBucketVersioning(p -> p.bucket(bucket.name()).versioningConfiguration(v -> v.status("Enabled")));
            List<CompletableFuture<Void>> puts = new ArrayList<>();
            for (int i = 0; i < 1100; i++) {
                String key = "k" + i;
                puts.add(CompletableFuture.runAsync(
                        () -> s3.putObject(p -> p.bucket(bucket.name()).key(key), RequestBody.fromString("v1")),
                        aws.executor()));
            }
            puts.forEach(CompletableFuture::join);
            s3.putObject(p -> p.bucket(bucket.name()).key("k0"), RequestBody.fromString("v2"));
            s3.deleteObject(d -> d.bucket(bucket.name()).key("k1"));
            s3.createMultipartUpload(c -> c.bucket(bucket.name()).key("unfinished"));

            DeletedBucket deleted = S3Recipes.using(aws).deleteBucket(bucket.name());

            assertThat(deleted).isEqualTo(new DeletedBucket(bucket.name(), 1101, 1, 2));
            assertThatThrownBy(() -> s3.headBucket(h -> h.bucket(bucket.name())))
                    .as("the bucket is gone")
                    .isInstanceOf(NoSuchBucketException.class);
        }
    }

    @S3ServerTest
    void deleteBucket_emptyUnversionedBucket_deletesIt(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s13-empty")) {
            s3.putObject(p -> p.bucket(bucket.name()).key("only"), RequestBody.fromString("x"));

            DeletedBucket deleted = S3Recipes.using(aws).deleteBucket(bucket.name());

            assertThat(deleted.versions()).isEqualTo(1);
            assertThat(s3.listBuckets().buckets()).noneMatch(b -> b.name().equals(bucket.name()));
        }
    }

    @S3ServerTest
    void deleteBucket_missingBucket_failsNamingTheBucket(Aws aws) {
        String missing = LocalStack.uniqueName("s3a-missing");
        assertThatThrownBy(() -> S3Recipes.using(aws).deleteBucket(missing))
                .isInstanceOf(BucketNotFoundException.class)
                .hasMessage("bucket " + missing + " does not exist")
                .hasCauseInstanceOf(NoSuchBucketException.class);
    }
}
