package dev.awsrecipes.core;

import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * Who a session acts as, from {@link Aws#whoami()}: what STS {@code GetCallerIdentity} reports for its
 * credentials, where those credentials come from, and the session's default region.
 *
 * @param account the 12-digit account id
 * @param arn the principal, e.g. {@code arn:aws:sts::123456789012:assumed-role/ops/alice}
 * @param userId the principal's unique id
 * @param credentialsSource where the credentials come from, e.g. {@code profile dev (IAM Identity
 *     Center)} or {@code environment variables AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY}
 * @param region the default region, empty when none is configured
 */
public record CallerIdentity(
        String account, String arn, String userId, String credentialsSource, Optional<Region> region) {}
