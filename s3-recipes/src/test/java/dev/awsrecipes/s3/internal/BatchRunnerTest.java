package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.s3.BatchResult;
import dev.awsrecipes.s3.BucketNotFoundException;
import dev.awsrecipes.s3.ObjectAction;
import dev.awsrecipes.s3.S3Uri;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.DeleteObjectsRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;

/** Deletions of a batch over a canned S3: batches of at most 1,000 keys, per-key errors, the rest going on. */
class BatchRunnerTest {
    private static final String BUCKET = "batch-bucket";

    /** A bucket that deletes what it is asked, refusing the keys it was told to. */
    private static final class DeletingS3 extends FakeS3 {
        final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        final Set<String> deleted = ConcurrentHashMap.newKeySet();
        final Set<String> refused;

        DeletingS3(Set<String> refused) {
            super(BUCKET);
            this.refused = refused;
        }

        @Override
        public HeadBucketResponse headBucket(Consumer<HeadBucketRequest.Builder> request) {
            request(HeadBucketRequest.builder().applyMutation(request).build().bucket());
            return HeadBucketResponse.builder().build();
        }

        @Override
        public DeleteObjectsResponse deleteObjects(Consumer<DeleteObjectsRequest.Builder> request) {
            DeleteObjectsRequest r =
                    DeleteObjectsRequest.builder().applyMutation(request).build();
            request(r.bucket());
            batchSizes.add(r.delete().objects().size());
            List<S3Error> errors = new ArrayList<>();
            for (ObjectIdentifier id : r.delete().objects()) {
                if (refused.contains(id.key())) {
                    errors.add(S3Error.builder()
                            .key(id.key())
                            .code("AccessDenied")
                            .message("Access Denied")
                            .build());
                } else {
                    deleted.add(id.key());
                }
            }
            return DeleteObjectsResponse.builder().errors(errors).build();
        }
    }

    private static List<ObjectAction> deletes(int count) {
        List<ObjectAction> actions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            actions.add(new ObjectAction.Delete(new S3Uri(BUCKET, "k/" + i)));
        }
        return actions;
    }

    @Test
    void deletesInBatchesOfAtMostAThousandAndReportsEachRefusedKey() {
        DeletingS3 s3 = new DeletingS3(Set.of("k/7", "k/2400"));
        List<String> heard = Collections.synchronizedList(new ArrayList<>());

        BatchResult result = s3.transfers().run(b -> b.actions(deletes(2500)).listener((action, error) -> {
            if (error != null) {
                heard.add(action.describe() + " " + error.getMessage());
            }
        }));

        assertThat(s3.batchSizes).containsExactlyInAnyOrder(1000, 1000, 500);
        assertThat(result.deleted()).isEqualTo(2498);
        assertThat(s3.deleted).hasSize(2498).doesNotContain("k/7", "k/2400");
        assertThat(result.failures())
                .extracting(f -> f.action().describe() + " " + f.message())
                .containsExactlyInAnyOrder(
                        "delete: s3://batch-bucket/k/7 AccessDenied: Access Denied",
                        "delete: s3://batch-bucket/k/2400 AccessDenied: Access Denied");
        assertThat(heard).hasSize(2);
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void aMissingBucketFailsBeforeAnyStep() {
        DeletingS3 s3 = new DeletingS3(Set.of());
        assertThatThrownBy(() -> s3.transfers()
                        .run(b -> b.actions(List.of(new ObjectAction.Delete(new S3Uri("other-bucket", "k"))))))
                .isInstanceOf(BucketNotFoundException.class);
        assertThat(s3.batchSizes).isEmpty();
    }

    @Test
    void aFailedUploadIsReportedAndTheLocalDeletionsStillRun(@TempDir Path dir) throws Exception {
        DeletingS3 s3 = new DeletingS3(Set.of());
        Path gone = Files.writeString(dir.resolve("gone.txt"), "x");
        Path missing = dir.resolve("missing.txt");

        BatchResult result = s3.transfers()
                .run(b -> b.actions(List.of(
                        new ObjectAction.Upload(missing, new S3Uri(BUCKET, "missing.txt"), 1, false),
                        new ObjectAction.DeleteFile(gone))));

        assertThat(result.transferred()).isZero();
        assertThat(result.deleted()).isEqualTo(1);
        assertThat(gone).doesNotExist();
        assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("missing.txt does not exist"));
    }
}
