package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.cli.AwsRecipesCli;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.core.Environment;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * bucket-du's choice of source is checked before anything is sent: the environment has no credentials,
 * region or endpoint, so a run that got as far as AWS would fail differently.
 */
class BucketDuOptionsTest {
    private static final Environment NO_AWS = Environment.of(Map.of());

    private static CliResult run(String... args) {
        return CliRun.withEnvironment(NO_AWS, args);
    }

    private static void assertBadInput(CliResult result, String line) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(AwsRecipesCli.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString().isEqualTo(line);
    }

    @Test
    void noBucketAndNoInventory_saysBucketIsRequired() {
        assertBadInput(run("bucket-du"), "bucket-du: Missing required option: '--bucket=B'");
        assertBadInput(run("bucket-du", "--metrics"), "bucket-du: Missing required option: '--bucket=B'");
    }

    @Test
    void inventoryAndMetrics_areAlternatives() {
        assertBadInput(
                run("bucket-du", "--bucket", "team-logs", "--metrics", "--inventory", "s3://dest/p/team-logs/c/"),
                "bucket-du: --inventory and --metrics are alternatives; give one");
    }

    @Test
    void metricsWithPrefix_isRefused() {
        assertBadInput(
                run("bucket-du", "--bucket", "team-logs", "--metrics", "--prefix", "2026/"),
                "bucket-du: --prefix cannot be used with --metrics: CloudWatch's storage metrics are bucket-wide");
    }

    @Test
    void inventoryNotAnS3Address_namesTheOption() {
        CliResult result = run("bucket-du", "--inventory", "dest/p/team-logs/c/");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(AwsRecipesCli.BAD_INPUT);
        assertThat(result.errLines())
                .singleElement()
                .asString()
                .startsWith("bucket-du: --inventory: inventory \"dest/p/team-logs/c/\" must be s3://");
    }

    @Test
    void badBucketWithInventory_isStillRefused() {
        assertBadInput(
                run("bucket-du", "--bucket", "x", "--inventory", "s3://dest-bucket/p/x/c/"),
                "bucket-du: --bucket \"x\" is not a valid bucket name: it must be 3 to 63 characters long");
    }
}
