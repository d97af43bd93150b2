package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;

@ExtendWith(LocalStackExtension.class)
class SyncKeypairsCommandIT {

    static Path key(String name) {
        try {
            return Path.of(
                    SyncKeypairsCommandIT.class.getResource("/keys/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void syncKeypairs_differentKeyImportedUnderTheNameInOneRegion_reportsMismatchThereAndKeepsIt(LocalStack localStack)
            throws Exception {
        try (LaunchCli cli = new LaunchCli(localStack, Region.EU_WEST_1, Region.US_WEST_2)) {
            String other = Files.readString(key("other-ed25519.pub"));
            cli.ec2(Region.EU_WEST_1)
                    .importKeyPair(r -> r.keyName("team").publicKeyMaterial(SdkBytes.fromUtf8String(other)));

            CliResult result = cli.run(
                    "sync-keypairs",
                    "--key-name",
                    "team",
                    "--public-key",
                    key("ed25519.pub").toString(),
                    "--regions",
                    "us-east-1,eu-west-1,us-west-2",
                    "--json");

            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode json = result.json();
            assertThat(Map.of(
                            "us-east-1", json.at("/regions/us-east-1").asText(),
                            "eu-west-1", json.at("/regions/eu-west-1").asText(),
                            "us-west-2", json.at("/regions/us-west-2").asText()))
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of("us-east-1", "imported", "eu-west-1", "mismatch", "us-west-2", "imported"));
            assertThat(json.get("regions").size()).isEqualTo(3);
            String stillThere = cli.ec2(Region.EU_WEST_1)
                    .describeKeyPairs(r -> r.keyNames("team").includePublicKey(true))
                    .keyPairs()
                    .get(0)
                    .publicKey();
            assertThat(stillThere.split(" ")[1]).isEqualTo(other.split(" ")[1]);
            assertThat(cli.ec2(Region.US_WEST_2).describeKeyPairs().keyPairs())
                    .singleElement()
                    .satisfies(k -> assertThat(k.keyName()).isEqualTo("team"));

            CliResult again = cli.run(
                    "sync-keypairs",
                    "--key-name",
                    "team",
                    "--public-key",
                    key("ed25519.pub").toString(),
                    "--regions",
                    "us-east-1,eu-west-1");
            assertThat(again.out()).containsPattern("us-east-1\\s+present").containsPattern("eu-west-1\\s+mismatch");
        }
    }

    @Test
    void syncKeypairs_badRegionName_exitsWithStatus2BeforeAnyCall(LocalStack localStack) {
        try (LaunchCli cli = new LaunchCli(localStack)) {
            CliResult result = cli.run(
                    "sync-keypairs",
                    "--key-name",
                    "team",
                    "--public-key",
                    key("ed25519.pub").toString(),
                    "--regions",
                    "us-east-1,eu west-1");

            assertThat(result.exitCode()).isEqualTo(2);
            // The rule is the library's (the one --region meets); the line names the option it came from.
            assertThat(result.err().lines().toList())
                    .singleElement()
                    .asString()
                    .startsWith("sync-keypairs: --regions ")
                    .contains("eu west-1");
            assertThat(cli.ec2().describeKeyPairs().keyPairs()).isEmpty();
        }
    }
}
