package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamStatement;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Adds one statement to a bucket policy without losing the others: a bucket has a single policy
 * document, so writing only our statement would silently drop whatever the owner had granted. Policies
 * are read and written with the SDK's IAM policy builder, so the module needs no JSON library of its own.
 */
final class BucketPolicies {
    static final String VERSION = "2012-10-17";

    private static final String ONE_STATEMENT = "\"Statement\":{";

    private BucketPolicies() {}

    /** Puts the statement into the bucket's policy, replacing a statement with the same {@code Sid}. */
    static void putStatement(S3Client s3, String bucket, IamStatement statement) {
        Optional<IamPolicy> current = current(s3, bucket);
        List<IamStatement> kept = new ArrayList<>();
        current.ifPresent(policy -> policy.statements().stream()
                .filter(s -> !statement.sid().equals(s.sid()))
                .forEach(kept::add));
        kept.add(statement);
        IamPolicy.Builder policy = IamPolicy.builder()
                .version(current.map(IamPolicy::version).orElse(VERSION))
                .statements(kept);
        current.map(IamPolicy::id).ifPresent(policy::id);
        String document = toJson(policy.build());
        s3.putBucketPolicy(p -> p.bucket(bucket).policy(document));
    }

    /** The bucket's policy, empty when it has none. */
    static Optional<IamPolicy> current(S3Client s3, String bucket) {
        String text;
        try {
            text = s3.getBucketPolicy(g -> g.bucket(bucket)).policy();
        } catch (S3Exception e) {
            if (AwsErrors.hasCode(e, "NoSuchBucketPolicy")) {
                return Optional.empty();
            }
            throw e;
        }
        try {
            return Optional.of(IamPolicy.fromJson(text));
        } catch (RuntimeException e) {
            throw new AwsRecipesException("bucket " + bucket + " has a policy that is not valid JSON", e);
        }
    }

    /**
     * The policy as JSON, its statements always in an array. The SDK's writer puts a lone statement
     * bare ({@code "Statement":{...}}), which AWS accepts but which S3 servers of other makers and readers
     * that follow AWS's documented form may not; that one form is turned into a one-element array. No
     * string inside the document can hold the text matched here, because its quotes would be escaped, and
     * the policy's {@code Statement} comes before the statement's own fields.
     */
    static String toJson(IamPolicy policy) {
        String json = policy.toJson();
        if (policy.statements().size() != 1) {
            return json;
        }
        int at = json.indexOf(ONE_STATEMENT);
        if (at < 0 || !json.endsWith("}")) {
            throw new IllegalStateException("unexpected policy JSON from the SDK: " + json);
        }
        int value = at + ONE_STATEMENT.length() - 1;
        return json.substring(0, value) + "[" + json.substring(value, json.length() - 1) + "]}";
    }

    /** The ARN of a bucket or of keys in it, in the region's partition (aws, aws-cn, aws-us-gov). */
    static String arn(Region region, String bucketAndPath) {
        String partition = region.metadata() == null
                ? "aws"
                : region.metadata().partition().id();
        return "arn:" + partition + ":s3:::" + bucketAndPath;
    }

    /** A statement {@code Sid} from free text: bucket policies accept letters and digits only. */
    static String sid(String prefix, String text) {
        String letters = text.replaceAll("[^A-Za-z0-9]", "");
        return prefix + letters + Integer.toHexString(text.hashCode());
    }
}
