package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class RegionNamesTest {

    @Test
    void list_absentOrAllAlone_isEveryRegion() {
        assertThat(RegionNames.list("--regions", null)).isEmpty();
        assertThat(RegionNames.list("--regions", List.of("all"))).isEmpty();
        assertThat(RegionNames.list("--regions", List.of("ALL"))).isEmpty();
    }

    @Test
    void list_names_areTheRegionsInOrder_strippedAndWithoutRepeats() {
        assertThat(RegionNames.list("--regions", List.of("eu-west-1", " us-east-1", "eu-west-1")))
                .containsExactly(Region.EU_WEST_1, Region.US_EAST_1);
    }

    @Test
    void list_allBesideOtherRegions_isRefusedNamingTheOption() {
        assertThatThrownBy(() -> RegionNames.list("--regions", List.of("eu-west-1", "all")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("--regions lists all beside other regions; write all alone")
                .extracting(e -> ((InvalidArgumentException) e).argument())
                .isEqualTo("--regions");
    }

    @Test
    void list_anyIdTheSdkTakes_isARegion_autoAndNewPartitionsIncluded() {
        assertThat(RegionNames.list("--regions", List.of("auto", "eusc-de-east-1", "us-east-1")))
                .containsExactly(Region.of("auto"), Region.of("eusc-de-east-1"), Region.US_EAST_1);
    }

    @Test
    void list_malformedName_isRefusedByTheLibrarysRule_namingTheOption() {
        String library = catchThrowableOfType(
                        InvalidArgumentException.class, () -> Check.region("eu west-1", "--regions"))
                .getMessage();

        InvalidArgumentException refused = catchThrowableOfType(
                InvalidArgumentException.class, () -> RegionNames.list("--regions", List.of("us-east-1", "eu west-1")));

        assertThat(refused.argument()).isEqualTo("--regions");
        assertThat(refused.getMessage()).isEqualTo(library).startsWith("--regions ");
    }
}
