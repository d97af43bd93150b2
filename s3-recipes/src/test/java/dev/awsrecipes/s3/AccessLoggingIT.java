package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.testing.S3ServerKind;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetBucketLoggingResponse;

/**
 * S7, on LocalStack only: versitygw 1.8 does not implement bucket logging. LocalStack stores the logging configuration and the policy but writes no log
 * files, so delivery itself cannot be observed here.
 */
class AccessLoggingIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @S3ServerTest(
            value = S3ServerKind.LOCALSTACK,
            because = "versitygw 1.8 does not implement bucket logging (PutBucketLogging answers NotImplemented)")
    void enableAccessLogging_grantsLogDeliveryAndTurnsLoggingOn(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket source = ScratchBucket.create(s3, "s3a-s7-src");
                ScratchBucket target = ScratchBucket.create(s3, "s3a-s7-logs")) {
            String existing = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Auditors\",\"Effect\":\"Allow\","
                    + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"s3:GetObject\","
                    + "\"Resource\":\"arn:aws:s3:::" + target.name() + "/*\"}]}";
            s3.putBucketPolicy(p -> p.bucket(target.name()).policy(existing));
            S3Recipes recipes = S3Recipes.using(aws);
            assertThat(recipes.accessLogging(source.name()).enabled()).isFalse();

            AccessLoggingStatus status = recipes.enableAccessLogging(source.name(), target.name(), "access/");

            assertThat(status).isEqualTo(new AccessLoggingStatus(source.name(), true, target.name(), "access/"));
            GetBucketLoggingResponse logging = s3.getBucketLogging(g -> g.bucket(source.name()));
            assertThat(logging.loggingEnabled().targetBucket()).isEqualTo(target.name());
            assertThat(logging.loggingEnabled().targetPrefix()).isEqualTo("access/");
            List<JsonNode> statements = statements(s3, target.name());
            assertThat(statements).extracting(s -> s.path("Sid").asText()).contains("Auditors");
            JsonNode grant = statements.stream()
                    .filter(s -> s.path("Principal").path("Service").asText().equals("logging.s3.amazonaws.com"))
                    .findFirst()
                    .orElseThrow();
            assertThat(grant.path("Action").asText()).isEqualTo("s3:PutObject");
            assertThat(grant.path("Resource").asText()).isEqualTo("arn:aws:s3:::" + target.name() + "/access/*");
            assertThat(grant.at("/Condition/ArnLike/aws:SourceArn").asText())
                    .isEqualTo("arn:aws:s3:::" + source.name());
            assertThat(grant.at("/Condition/StringEquals/aws:SourceAccount").asText())
                    .isEqualTo("000000000000");

            recipes.enableAccessLogging(source.name(), target.name(), "access/");
            assertThat(statements(s3, target.name()))
                    .as("enabling twice adds no second grant")
                    .hasSize(2);
        }
    }

    @S3ServerTest(
            value = S3ServerKind.LOCALSTACK,
            because = "versitygw 1.8 does not implement bucket logging (PutBucketLogging answers NotImplemented)")
    void disableAccessLogging_turnsLoggingOff(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket source = ScratchBucket.create(s3, "s3a-s7-off");
                ScratchBucket target = ScratchBucket.create(s3, "s3a-s7-off-logs")) {
            S3Recipes recipes = S3Recipes.using(aws);
            recipes.enableAccessLogging(source.name(), target.name(), "");

            AccessLoggingStatus status = recipes.disableAccessLogging(source.name());

            assertThat(status).isEqualTo(AccessLoggingStatus.disabled(source.name()));
            assertThat(s3.getBucketLogging(g -> g.bucket(source.name())).loggingEnabled())
                    .isNull();
        }
    }

    @S3ServerTest(
            value = S3ServerKind.LOCALSTACK,
            because = "versitygw 1.8 does not implement bucket logging (PutBucketLogging answers NotImplemented)")
    void enableAccessLogging_targetInAnotherRegion_failsNamingBoth(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        S3Client eu = aws.client(S3Recipes.S3, Region.EU_WEST_1);
        try (ScratchBucket source = ScratchBucket.create(s3, "s3a-s7-us");
                ScratchBucket target = ScratchBucket.named(eu, "s3a-s7-eu")) {
            S3Recipes.using(aws).createBucket(target.name(), Region.EU_WEST_1);

            assertThatThrownBy(() -> S3Recipes.using(aws).enableAccessLogging(source.name(), target.name(), "x/"))
                    .isInstanceOf(AwsRecipesException.class)
                    .hasMessageContaining("target bucket " + target.name() + " is in eu-west-1");
            assertThat(s3.getBucketLogging(g -> g.bucket(source.name())).loggingEnabled())
                    .isNull();
        }
    }

    private static List<JsonNode> statements(S3Client s3, String bucket) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        JSON.readTree(s3.getBucketPolicy(g -> g.bucket(bucket)).policy())
                .path("Statement")
                .forEach(all::add);
        return all;
    }
}
