package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.s3.BatchResult;
import dev.awsrecipes.s3.BucketNotFoundException;
import dev.awsrecipes.s3.KeyFilter;
import dev.awsrecipes.s3.ListSpec;
import dev.awsrecipes.s3.ListedObject;
import dev.awsrecipes.s3.ObjectAction;
import dev.awsrecipes.s3.S3Uri;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.DeleteObjectsRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;

/**
 * {@code S3Transfers.deleteObjects}: what a listing names is deleted in batches of at most 1,000 while it is
 * listed, over a canned bucket ({@link ListingS3}) whose {@code DeleteObjects} answers like S3's quiet mode.
 */
class ListingDeleterTest {
    private static final String BUCKET = "rm-bucket";

    /** A listed bucket that also deletes, refusing the keys it is told to, and records each batch's size. */
    private static final class DeletingS3 extends FakeS3 {
        final ListingS3 listing;
        final Set<String> refused = ConcurrentHashMap.newKeySet();
        final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());

        DeletingS3(ListingS3 listing) {
            super(BUCKET);
            this.listing = listing;
        }

        @Override
        public HeadBucketResponse headBucket(HeadBucketRequest request) {
            request(request.bucket());
            return HeadBucketResponse.builder().build();
        }

        @Override
        public ListObjectsV2Response listObjectsV2(ListObjectsV2Request request) {
            synchronized (listing) {
                return listing.listObjectsV2(request);
            }
        }

        @Override
        public DeleteObjectsResponse deleteObjects(DeleteObjectsRequest request) {
            request(request.bucket());
            List<ObjectIdentifier> keys = request.delete().objects();
            batches.add(keys.size());
            List<S3Error> errors = new ArrayList<>();
            synchronized (listing) {
                for (ObjectIdentifier id : keys) {
                    if (refused.contains(id.key())) {
                        errors.add(S3Error.builder()
                                .key(id.key())
                                .code("AccessDenied")
                                .message("Access Denied")
                                .build());
                    } else {
                        listing.delete(id.key());
                    }
                }
            }
            return DeleteObjectsResponse.builder().errors(errors).build();
        }
    }

    private static ListingS3 bucketWith(int logs) {
        ListingS3 listing = new ListingS3(BUCKET, ListingS3.Server.AWS, 300);
        for (int i = 0; i < logs; i++) {
            listing.put("logs/%05d.tmp".formatted(i), 1, null);
        }
        return listing.put("logs/keep.txt", 1, null)
                .put("logs/deep/x.tmp", 1, null)
                .put("other/y.tmp", 1, null);
    }

    private static List<String> keysLeft(DeletingS3 s3) {
        return s3.transfers()
                .listObjects(l -> l.bucket(BUCKET).recursive(true))
                .map(ListedObject::key)
                .toList();
    }

    @Test
    void aPatternOfThousands_isDeletedInBatchesOfAtMost1000_andNothingElse() {
        DeletingS3 s3 = new DeletingS3(bucketWith(2500));
        List<ObjectAction> heard = Collections.synchronizedList(new ArrayList<>());

        BatchResult result = s3.transfers()
                .deleteObjects(
                        ListSpec.of(S3Uri.parse("path", "s3://" + BUCKET + "/logs/*.tmp"), false),
                        (action, error) -> heard.add(action));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.deleted()).isEqualTo(2501);
        assertThat(heard).hasSize(2501).allMatch(a -> a instanceof ObjectAction.Delete);
        assertThat(s3.batches).allMatch(n -> n <= 1000);
        assertThat(s3.batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2501);
        assertThat(keysLeft(s3)).containsExactly("logs/keep.txt", "other/y.tmp");
    }

    @Test
    void refusedKeys_areFailuresOfTheirOwn_andTheRestGoes() {
        DeletingS3 s3 = new DeletingS3(bucketWith(10));
        s3.refused.add("logs/00003.tmp");

        BatchResult result = s3.transfers()
                .deleteObjects(l -> l.bucket(BUCKET).prefix("logs/").recursive(true));

        assertThat(result.deleted()).isEqualTo(11);
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.action()).isEqualTo(new ObjectAction.Delete(new S3Uri(BUCKET, "logs/00003.tmp")));
            assertThat(f.message()).contains("AccessDenied");
        });
        assertThat(keysLeft(s3)).containsExactly("logs/00003.tmp", "other/y.tmp");
    }

    @Test
    void oneLevel_skipsFolders_andAFilterKeepsWhatItExcludes() {
        DeletingS3 s3 = new DeletingS3(bucketWith(3));

        BatchResult result = s3.transfers().deleteObjects(l -> l.bucket(BUCKET)
                .prefix("logs/")
                .filter(KeyFilter.builder().exclude("*.txt").build()));

        assertThat(result.deleted()).isEqualTo(3);
        assertThat(keysLeft(s3)).containsExactly("logs/deep/x.tmp", "logs/keep.txt", "other/y.tmp");
    }

    @Test
    void anotherBucket_isNotFound_beforeAnyDeletion() {
        DeletingS3 s3 = new DeletingS3(bucketWith(3));

        assertThatThrownBy(() -> s3.transfers().deleteObjects(l -> l.bucket("no-such-bucket")))
                .isInstanceOf(BucketNotFoundException.class);
        assertThat(s3.batches).isEmpty();
    }
}
