package dev.awsrecipes.ec2;

import dev.awsrecipes.core.AwsErrors;

/**
 * One (account, region) pair a multi-region recipe could not search, beside the results of the others.
 *
 * @param account the account's name (its profile name for profile accounts)
 * @param region the region id, e.g. {@code eu-west-1}; null when the account itself could not be reached
 *     (its role could not be assumed), which fails every region of it
 * @param message one line: the AWS error code and message, or the failure's message
 * @param error the failure itself, with its AWS cause
 */
public record RegionFailure(String account, String region, String message, Throwable error) {

    /** The failure of a call, described the way {@link AwsErrors#describe(Throwable)} does. */
    public static RegionFailure of(String account, String region, Throwable error) {
        return new RegionFailure(account, region, AwsErrors.describe(error), error);
    }

    /**
     * An account that could not be reached at all (its role could not be assumed): one failure for the
     * account rather than one per region.
     *
     * @param account the account's name
     * @param error the failure, with its AWS cause
     * @return the failure, with no region
     */
    public static RegionFailure ofAccount(String account, Throwable error) {
        return new RegionFailure(account, null, AwsErrors.describe(error), error);
    }

    /**
     * Whether the whole account failed, not one region of it.
     *
     * @return true when there is no region
     */
    public boolean isAccountFailure() {
        return region == null;
    }
}
