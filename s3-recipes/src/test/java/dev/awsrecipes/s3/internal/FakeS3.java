package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.S3Transfers;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ServiceClientConfiguration;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * What every fake S3 client of these tests shares: a region in its configuration (recipes built over a
 * caller's client read it from there), one bucket name it answers for, a request counter, and the
 * recipes built over it exactly as a caller builds them. Each fake overrides only the calls its recipe
 * makes; any other call fails, as the SDK interface's defaults do.
 */
abstract class FakeS3 implements S3Client {
    final String bucket;
    final AtomicInteger requests = new AtomicInteger();

    FakeS3(String bucket) {
        this.bucket = bucket;
    }

    /** The S3 recipes over this client, as {@code S3Recipes.builder().s3Client(..)} gives them to callers. */
    S3Recipes recipes() {
        return S3Recipes.builder().s3Client(this).build();
    }

    /** The transfers over this client. */
    S3Transfers transfers() {
        return S3Transfers.builder().s3Client(this).build();
    }

    /** Counts a request to the bucket, failing as S3 does when it is another bucket. */
    void request(String askedBucket) {
        requests.incrementAndGet();
        if (!bucket.equals(askedBucket)) {
            throw NoSuchBucketException.builder()
                    .statusCode(404)
                    .awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode("NoSuchBucket")
                            .errorMessage("The specified bucket does not exist")
                            .build())
                    .message("The specified bucket does not exist")
                    .build();
        }
    }

    /** An error answer with a status and S3's error code. */
    static S3Exception error(int status, String code) {
        return (S3Exception) S3Exception.builder()
                .statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build())
                .message(code)
                .build();
    }

    @Override
    public S3ServiceClientConfiguration serviceClientConfiguration() {
        return S3ServiceClientConfiguration.builder().region(Region.US_EAST_1).build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // nothing held
    }
}
