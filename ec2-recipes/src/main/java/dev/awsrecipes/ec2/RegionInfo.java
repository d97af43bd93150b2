package dev.awsrecipes.ec2;

import software.amazon.awssdk.regions.Region;

/**
 * A region as EC2 {@code DescribeRegions} reports it.
 *
 * @param region the region
 * @param optInStatus {@code opt-in-not-required}, {@code opted-in} or {@code not-opted-in}
 */
public record RegionInfo(Region region, String optInStatus) {

    /**
     * Whether calls to this region can succeed.
     *
     * @return true when it needs no opt-in or the account has opted in
     */
    public boolean isEnabled() {
        return optInStatus == null || !optInStatus.equals("not-opted-in");
    }
}
