package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one region rule ({@link Check#region}): every id the SDK takes, nothing that can never be one. */
class RegionRuleTest {
    @ParameterizedTest
    @ValueSource(strings = {"eu-west-1", "auto", "us-gov-west-1", "us-isob-east-1", "eusc-de-east-1", "garage", "US"})
    void regionIdsOfAwsNewPartitionsAndS3CompatibleServers_areAccepted(String id) {
        assertThat(Check.region(id, "--region").id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "  ", "eu west 1", " eu-west-1", "eu-west-1\n", "eu\tw", "eu\u0000w", "eu/west", "eu\u00a0w"
            })
    void textThatCanNeverBeARegion_isRefusedNamingTheArgument(String text) {
        assertThatThrownBy(() -> Check.region(text, "--region"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("--region ")
                .extracting(e -> ((InvalidArgumentException) e).argument())
                .isEqualTo("--region");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu west 1", "eu\u0000w"})
    void theMessageShowsTheTextWithoutControlCharacters(String text) {
        assertThatThrownBy(() -> Check.region(text, "region"))
                .hasMessageContaining("is not a region id")
                .hasMessageNotContaining("\u0000");
    }
}
