package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.S3ServerTest;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;

class StaleUploadsIT {

    @S3ServerTest
    void abortStaleUploads_oldEnough_abortsThemSoListMultipartUploadsIsEmpty(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        S3Transfers transfers = S3Transfers.using(aws);
        try (TestBucket bucket = new TestBucket(s3)) {
            String first = s3.createMultipartUpload(r -> r.bucket(bucket.name()).key("a/1.bin"))
                    .uploadId();
            String second = s3.createMultipartUpload(
                            r -> r.bucket(bucket.name()).key("b/2.bin"))
                    .uploadId();

            assertThat(transfers.staleUploads(bucket.name(), Duration.ofDays(1)))
                    .as("uploads started just now are not a day old")
                    .isEmpty();
            List<StaleUpload> all = transfers.staleUploads(bucket.name(), Duration.ZERO);
            assertThat(all).extracting(StaleUpload::uploadId).containsExactlyInAnyOrder(first, second);
            assertThat(all).allSatisfy(u -> assertThat(u.initiated()).isNotNull());

            assertThat(transfers.abortStaleUploads(bucket.name(), Duration.ofDays(1)))
                    .isEmpty();
            List<StaleUpload> aborted = transfers.abortStaleUploads(bucket.name(), Duration.ZERO);

            assertThat(aborted).extracting(StaleUpload::key).containsExactlyInAnyOrder("a/1.bin", "b/2.bin");
            assertThat(s3.listMultipartUploads(r -> r.bucket(bucket.name())).uploads())
                    .extracting(MultipartUpload::uploadId)
                    .isEmpty();
        }
    }
}
