package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Redaction;
import java.nio.file.Path;
import java.util.Optional;

/**
 * M6: the restricted user and its new access key. The secret is returned this once (IAM never shows
 * it again); {@link #toString()} masks it, so logging the result does not leak it.
 *
 * @param userName the user
 * @param userArn its ARN
 * @param userCreated true when this call created the user, false when it existed
 * @param accessKeyId the new key's id
 * @param secretAccessKey the new key's secret; keep it out of logs
 * @param policyName the inline policy's name
 * @param policyDocument the policy, as JSON made by the SDK's IAM policy builder
 * @param credentialsFile where the credentials were written, if anywhere
 */
public record RestrictedUser(
        String userName,
        String userArn,
        boolean userCreated,
        String accessKeyId,
        String secretAccessKey,
        String policyName,
        String policyDocument,
        Optional<Path> credentialsFile) {

    @Override
    public String toString() {
        return "RestrictedUser[userName=" + userName + ", userArn=" + userArn + ", userCreated=" + userCreated
                + ", accessKeyId=" + accessKeyId + ", secretAccessKey=" + Redaction.MASK + ", policyName="
                + policyName + ", credentialsFile="
                + credentialsFile.map(Path::toString).orElse("(none)") + "]";
    }
}
