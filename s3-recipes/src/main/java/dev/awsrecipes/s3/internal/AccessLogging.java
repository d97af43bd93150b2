package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.AccessLoggingStatus;
import dev.awsrecipes.s3.BucketNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.policybuilder.iam.IamConditionOperator;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPrincipalType;
import software.amazon.awssdk.policybuilder.iam.IamStatement;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetBucketLoggingResponse;
import software.amazon.awssdk.services.s3.model.LoggingEnabled;

/**
 * S7: server access logging. S3 writes the log files as the log delivery service principal {@code
 * logging.s3.amazonaws.com}; the target bucket's policy must let it, limited to this source bucket and
 * account (a policy works with ACLs disabled, which is the default since 2023; the old log-delivery
 * group ACL does not).
 */
record AccessLogging(RecipeContext context) {
    static final String LOG_DELIVERY = "logging.s3.amazonaws.com";

    private static final Logger LOG = LoggerFactory.getLogger(AccessLogging.class);

    AccessLoggingStatus enable(String bucket, String targetBucket, String targetPrefix) {
        BucketNames.check("bucket", bucket);
        BucketNames.check("targetBucket", targetBucket);
        String prefix = targetPrefix == null ? "" : targetPrefix;
        Check.that(prefix.length() <= 512, "targetPrefix", "is longer than 512 characters");
        if (bucket.equals(targetBucket)) {
            LOG.warn("bucket {} logs into itself: every log file written is logged again", bucket);
        }
        S3Client s3 = S3Services.client(context);
        Region source = Buckets.location(s3, bucket);
        Region target = Buckets.location(s3, targetBucket);
        if (!source.equals(target)) {
            throw new AwsRecipesException("target bucket " + targetBucket + " is in " + target + " but bucket " + bucket
                    + " is in " + source + "; S3 delivers access logs only within one region");
        }
        String account = context.accountId();
        S3Client regional = S3Services.client(context, source);
        BucketPolicies.putStatement(regional, targetBucket, logDelivery(source, bucket, targetBucket, prefix, account));
        regional.putBucketLogging(p -> p.bucket(bucket)
                .bucketLoggingStatus(
                        s -> s.loggingEnabled(l -> l.targetBucket(targetBucket).targetPrefix(prefix))));
        LOG.info("access logging of {} goes to s3://{}/{}", bucket, targetBucket, prefix);
        return status(bucket);
    }

    AccessLoggingStatus disable(String bucket) {
        BucketNames.check("bucket", bucket);
        // An empty status turns logging off; the grant on the target bucket stays for other sources.
        S3Services.client(context).putBucketLogging(p -> p.bucket(bucket).bucketLoggingStatus(s -> {}));
        return status(bucket);
    }

    AccessLoggingStatus status(String bucket) {
        BucketNames.check("bucket", bucket);
        GetBucketLoggingResponse response = S3Services.client(context).getBucketLogging(g -> g.bucket(bucket));
        LoggingEnabled enabled = response.loggingEnabled();
        if (enabled == null) {
            return AccessLoggingStatus.disabled(bucket);
        }
        return new AccessLoggingStatus(bucket, true, enabled.targetBucket(), enabled.targetPrefix());
    }

    private static IamStatement logDelivery(
            Region region, String bucket, String target, String prefix, String account) {
        return IamStatement.builder()
                .sid(BucketPolicies.sid("S3AccessLogsFrom", bucket))
                .effect(IamEffect.ALLOW)
                .addPrincipal(IamPrincipalType.SERVICE, LOG_DELIVERY)
                .addAction("s3:PutObject")
                .addResource(BucketPolicies.arn(region, target + "/" + prefix + "*"))
                .addCondition(IamConditionOperator.ARN_LIKE, "aws:SourceArn", BucketPolicies.arn(region, bucket))
                .addCondition(IamConditionOperator.STRING_EQUALS, "aws:SourceAccount", account)
                .build();
    }
}
