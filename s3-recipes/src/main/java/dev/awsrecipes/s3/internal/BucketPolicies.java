package dev.awsrecipes.s3.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Adds one statement to a bucket policy without losing the others: a bucket has a single policy
 * document, so writing only our statement would silently drop whatever the owner had granted.
 */
final class BucketPolicies {
    static final ObjectMapper JSON = new ObjectMapper();

    private BucketPolicies() {}

    /** Puts the statement into the bucket's policy, replacing a statement with the same {@code Sid}. */
    static void putStatement(S3Client s3, String bucket, ObjectNode statement) {
        String sid = statement.path("Sid").asText();
        ObjectNode policy = current(s3, bucket).orElseGet(BucketPolicies::empty);
        ArrayNode kept = JSON.createArrayNode();
        JsonNode statements = policy.path("Statement");
        // A policy may hold one statement as an object instead of an array.
        Iterable<JsonNode> existing = statements.isArray()
                ? statements
                : statements.isObject() ? java.util.List.of(statements) : java.util.List.of();
        for (JsonNode s : existing) {
            if (!sid.equals(s.path("Sid").asText())) {
                kept.add(s);
            }
        }
        kept.add(statement);
        policy.set("Statement", kept);
        String document = write(policy);
        s3.putBucketPolicy(p -> p.bucket(bucket).policy(document));
    }

    /** The bucket's policy, empty when it has none. */
    static Optional<ObjectNode> current(S3Client s3, String bucket) {
        try {
            String text = s3.getBucketPolicy(g -> g.bucket(bucket)).policy();
            JsonNode node = JSON.readTree(text);
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (S3Exception e) {
            if (AwsErrors.hasCode(e, "NoSuchBucketPolicy")) {
                return Optional.empty();
            }
            throw e;
        } catch (JsonProcessingException e) {
            throw new AwsRecipesException("bucket " + bucket + " has a policy that is not valid JSON", e);
        }
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

    static ObjectNode statement() {
        return JSON.createObjectNode();
    }

    private static ObjectNode empty() {
        ObjectNode policy = JSON.createObjectNode();
        policy.put("Version", "2012-10-17");
        policy.set("Statement", JSON.createArrayNode());
        return policy;
    }

    private static String write(ObjectNode policy) {
        try {
            return JSON.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
