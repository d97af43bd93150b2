package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.Ec2ServerTest;
import java.util.List;
import software.amazon.awssdk.regions.Region;

/** Region listing through DescribeRegions, against a real LocalStack. */
class Ec2RegionsIT {

    @Ec2ServerTest
    void all_listsEc2RegionsWithOptInStatus_andEnabledKeepsThePartition(Aws aws) {
        List<RegionInfo> regions = Ec2Regions.all(aws);

        assertThat(regions).extracting(RegionInfo::region).contains(Region.US_EAST_1, Region.EU_WEST_1);
        assertThat(regions).allSatisfy(r -> assertThat(r.optInStatus()).isNotBlank());
        assertThat(Ec2Regions.enabled(aws))
                .contains(Region.US_EAST_1, Region.EU_WEST_1)
                .doesNotContain(Region.US_GOV_WEST_1, Region.CN_NORTH_1);
    }
}
