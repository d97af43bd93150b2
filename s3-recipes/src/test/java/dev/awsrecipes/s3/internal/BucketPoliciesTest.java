package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsrecipes.core.AwsRecipesException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.policybuilder.iam.IamConditionOperator;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPrincipal;
import software.amazon.awssdk.policybuilder.iam.IamPrincipalType;
import software.amazon.awssdk.policybuilder.iam.IamStatement;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetBucketPolicyRequest;
import software.amazon.awssdk.services.s3.model.GetBucketPolicyResponse;
import software.amazon.awssdk.services.s3.model.PutBucketPolicyRequest;
import software.amazon.awssdk.services.s3.model.PutBucketPolicyResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Merging a statement into a bucket's policy, against a canned S3 that keeps one policy document. */
class BucketPoliciesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final IamStatement LOGS = IamStatement.builder()
            .sid("S3AccessLogsFromsrc1")
            .effect(IamEffect.ALLOW)
            .addPrincipal(IamPrincipalType.SERVICE, "logging.s3.amazonaws.com")
            .addAction("s3:PutObject")
            .addResource("arn:aws:s3:::logs/access/*")
            .addCondition(IamConditionOperator.ARN_LIKE, "aws:SourceArn", "arn:aws:s3:::src")
            .addCondition(IamConditionOperator.STRING_EQUALS, "aws:SourceAccount", "111122223333")
            .build();

    @Test
    void putStatement_noPolicyYet_writesOneStatementInAnArray() throws Exception {
        PolicyKeepingS3 s3 = new PolicyKeepingS3(null);

        BucketPolicies.putStatement(s3, "logs", LOGS);

        JsonNode policy = JSON.readTree(s3.policy);
        assertThat(policy.path("Version").asText()).isEqualTo("2012-10-17");
        assertThat(policy.path("Statement").isArray())
                .as("statements as AWS documents them")
                .isTrue();
        JsonNode grant = policy.path("Statement").get(0);
        assertThat(grant.path("Sid").asText()).isEqualTo("S3AccessLogsFromsrc1");
        assertThat(grant.at("/Principal/Service").asText()).isEqualTo("logging.s3.amazonaws.com");
        assertThat(grant.path("Action").asText()).isEqualTo("s3:PutObject");
        assertThat(grant.path("Resource").asText()).isEqualTo("arn:aws:s3:::logs/access/*");
        assertThat(grant.at("/Condition/ArnLike/aws:SourceArn").asText()).isEqualTo("arn:aws:s3:::src");
        assertThat(grant.at("/Condition/StringEquals/aws:SourceAccount").asText())
                .isEqualTo("111122223333");
    }

    @Test
    void putStatement_ownersStatements_areKeptAndOursReplacedNotRepeated() throws Exception {
        String owners = "{\"Version\":\"2012-10-17\",\"Id\":\"owner's \\\"Statement\\\":{ policy\","
                + "\"Statement\":{\"Sid\":\"Auditors\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::logs/*\"}}";
        PolicyKeepingS3 s3 = new PolicyKeepingS3(owners);

        BucketPolicies.putStatement(s3, "logs", LOGS);
        BucketPolicies.putStatement(s3, "logs", LOGS);

        JsonNode policy = JSON.readTree(s3.policy);
        assertThat(policy.path("Id").asText()).isEqualTo("owner's \"Statement\":{ policy");
        List<String> sids = new ArrayList<>();
        policy.path("Statement").forEach(s -> sids.add(s.path("Sid").asText()));
        assertThat(sids).containsExactly("Auditors", "S3AccessLogsFromsrc1");
        assertThat(policy.path("Statement").get(0).at("/Principal/AWS").asText())
                .isEqualTo("arn:aws:iam::111122223333:root");
    }

    @Test
    void toJson_publicRead_isThePlainStarPrincipal() throws Exception {
        IamPolicy policy = IamPolicy.builder()
                .addStatement(s -> s.sid("PublicReadForWebsite")
                        .effect(IamEffect.ALLOW)
                        .addPrincipal(IamPrincipal.ALL)
                        .addAction("s3:GetObject")
                        .addResource("arn:aws:s3:::site/*"))
                .build();

        JsonNode statement =
                JSON.readTree(BucketPolicies.toJson(policy)).path("Statement").get(0);

        assertThat(statement.path("Principal").asText()).isEqualTo("*");
    }

    @Test
    void putStatement_policyNotJson_failsNamingTheBucket() {
        PolicyKeepingS3 s3 = new PolicyKeepingS3("{not json");

        assertThatThrownBy(() -> BucketPolicies.putStatement(s3, "logs", LOGS))
                .isInstanceOf(AwsRecipesException.class)
                .hasMessage("bucket logs has a policy that is not valid JSON");
        assertThat(s3.policy).as("nothing written").isEqualTo("{not json");
    }

    /** A bucket's one policy document, as S3 keeps it: none until one is put. */
    private static final class PolicyKeepingS3 implements S3Client {
        String policy;

        PolicyKeepingS3(String policy) {
            this.policy = policy;
        }

        @Override
        public GetBucketPolicyResponse getBucketPolicy(GetBucketPolicyRequest request) {
            if (policy == null) {
                throw (S3Exception) S3Exception.builder()
                        .statusCode(404)
                        .awsErrorDetails(AwsErrorDetails.builder()
                                .errorCode("NoSuchBucketPolicy")
                                .build())
                        .build();
            }
            return GetBucketPolicyResponse.builder().policy(policy).build();
        }

        @Override
        public PutBucketPolicyResponse putBucketPolicy(PutBucketPolicyRequest request) {
            policy = request.policy();
            return PutBucketPolicyResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {}
    }
}
