package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerKind;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** S1 on every S3 server. */
class BucketsIT {

    @S3ServerTest
    void createBucket_calledTwice_createsOnceAndReturnsTheSameBucket(S3Server server) {
        try (Aws aws = server.session();
                ScratchBucket bucket = ScratchBucket.named(aws.client(S3Recipes.S3), "s3a-s1")) {
            S3Recipes s3 = S3Recipes.using(aws);

            Bucket first = s3.createBucket(bucket.name());
            Bucket second = s3.createBucket(bucket.name());

            assertThat(first.created()).isTrue();
            assertThat(second.created()).as("second call finds it").isFalse();
            assertThat(second.region()).isEqualTo(first.region()).isEqualTo(server.region());
            S3Client client = aws.client(S3Recipes.S3);
            assertThat(client.listBuckets().buckets())
                    .as("the account owns this bucket once")
                    .extracting(software.amazon.awssdk.services.s3.model.Bucket::name)
                    .containsOnlyOnce(bucket.name());
            assertThat(client.headBucket(h -> h.bucket(bucket.name()))
                            .sdkHttpResponse()
                            .isSuccessful())
                    .isTrue();
        }
    }

    @S3ServerTest(
            value = S3ServerKind.LOCALSTACK,
            because = "versitygw serves one region (us-east-1) and refuses requests signed for another")
    void createBucket_inEuWest1_hasThatLocationConstraint(Aws aws) {
        try (ScratchBucket bucket = ScratchBucket.named(aws.client(S3Recipes.S3, Region.EU_WEST_1), "s3a-s1-eu")) {
            Bucket created = S3Recipes.using(aws).createBucket(bucket.name(), Region.EU_WEST_1);

            assertThat(created).isEqualTo(new Bucket(bucket.name(), Region.EU_WEST_1, true));
            String location = aws.client(S3Recipes.S3, Region.EU_WEST_1)
                    .getBucketLocation(g -> g.bucket(bucket.name()))
                    .locationConstraintAsString();
            assertThat(location).isEqualTo("eu-west-1");
            assertThat(S3Recipes.using(aws)
                            .createBucket(bucket.name(), Region.EU_WEST_1)
                            .region())
                    .as("found again in its own region")
                    .isEqualTo(Region.EU_WEST_1);
        }
    }

    @S3ServerTest(
            value = S3ServerKind.LOCALSTACK,
            because = "needs two accounts; our versitygw has one (more would need its IAM service set up)")
    void createBucket_nameOwnedByAnotherAccount_failsNamingTheBucket(LocalStack localStack) {
        try (Aws owner = localStack.sessionForAccount(LocalStack.newAccountId());
                Aws other = localStack.sessionForAccount(LocalStack.newAccountId());
                ScratchBucket bucket = ScratchBucket.named(owner.client(S3Recipes.S3), "s3a-s1-taken")) {
            S3Recipes.using(owner).createBucket(bucket.name());

            assertThatThrownBy(() -> S3Recipes.using(other).createBucket(bucket.name()))
                    .isInstanceOf(AwsRecipesException.class)
                    .hasMessageContaining("bucket " + bucket.name() + " already exists and belongs to another account")
                    .satisfies(e -> assertThat(AwsErrors.errorCode(e)).contains("BucketAlreadyExists"));
            assertThat(other.client(S3Recipes.S3).listBuckets().buckets())
                    .as("the other account got no bucket")
                    .isEmpty();
        }
    }

    @S3ServerTest
    void createBucket_invalidName_isRejectedBeforeAnyCall(Aws aws) {
        assertThatThrownBy(() -> S3Recipes.using(aws).createBucket("Upper_Case"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("bucket \"Upper_Case\" is not a valid bucket name");
    }
}
