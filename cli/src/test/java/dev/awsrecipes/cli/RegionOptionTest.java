package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.regions.Region;

/** {@code --region} takes what {@code AWS_REGION} takes: any id the SDK accepts, with no rule of the CLI's own. */
class RegionOptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"auto", "eusc-de-east-1", "us-east-1"})
    void regionOption_anyIdTheSdkTakes_isTheSessionsRegion_asFromAwsRegion(String id) {
        GlobalOptions options = new GlobalOptions();
        options.region = id;

        Region fromOption = regionOf(options, Map.of());
        Region fromEnvironment = regionOf(new GlobalOptions(), Map.of("AWS_REGION", id));

        assertThat(fromOption).isEqualTo(Region.of(id)).isEqualTo(fromEnvironment);
    }

    /** The region of the session the command line would build, with no profile files of this machine. */
    private static Region regionOf(GlobalOptions options, Map<String, String> extra) {
        Map<String, String> variables = new HashMap<>(Map.of(
                "AWS_CONFIG_FILE", "/nonexistent/aws-recipes-test/config",
                "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-recipes-test/credentials"));
        variables.putAll(extra);
        try (Aws aws = options.sessionBuilder(Environment.of(variables)).build()) {
            return aws.region();
        }
    }
}
