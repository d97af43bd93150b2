package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.RecipeContext;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;

/**
 * The regions an account can see, from EC2 {@code DescribeRegions}. It lives here, not in the session,
 * so that a user of the S3 or monitoring recipes alone does not carry the EC2 client.
 *
 * <pre>{@code
 * List<Region> regions = Ec2Regions.enabled(context);
 * }</pre>
 */
public final class Ec2Regions {
    private Ec2Regions() {}

    /**
     * Every region EC2 knows of, with its opt-in status, as seen from the session's default region.
     *
     * @param context where the EC2 client and default region come from
     * @return the regions, in EC2's order
     */
    public static List<RegionInfo> all(RecipeContext context) {
        Check.notNull(context, "aws");
        return context.client(Ec2Recipes.EC2).describeRegions(r -> r.allRegions(true)).regions().stream()
                .map(r -> new RegionInfo(Region.of(r.regionName()), r.optInStatus()))
                .toList();
    }

    /**
     * The regions the session's account can use: no opt-in needed, or opted in, and in the default
     * region's partition (emulators list GovCloud and China regions that commercial credentials cannot
     * reach).
     *
     * @param context where the EC2 client and default region come from
     * @return the usable regions
     */
    public static List<Region> enabled(RecipeContext context) {
        String partition = partitionOf(context.region());
        return all(context).stream()
                .filter(RegionInfo::isEnabled)
                .map(RegionInfo::region)
                .filter(r -> partition == null || partition.equals(partitionOf(r)))
                .toList();
    }

    private static String partitionOf(Region region) {
        RegionMetadata metadata = region.metadata();
        return metadata == null ? null : metadata.partition().id();
    }
}
